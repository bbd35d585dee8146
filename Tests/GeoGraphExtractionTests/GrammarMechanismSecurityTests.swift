import Testing
@testable import GeoGraphExtraction

/// Security-layer mechanisms: arms bought, sold or supplied, and support lent by soldiers, are security
/// ties; a refusal of talks named military is security tension. Sentences written for these tests
/// about regions other than the reference corpus's, read with the bundled gazetteer and lexicon.
@Suite struct GrammarMechanismSecurityTests {
    /// Weapons a party sells or supplies arm the buyer: security aid from the seller, not trade.
    static let arms: [ClauseCase] = [
        ClauseCase(mechanism: "arms: weapons bought from a party are its security aid to the buyer",
                   sentence: "Chad's army flies drones bought from Ankara.",
                   contains: ["turkey -> chad security cooperation"],
                   excludes: ["chad -> turkey economic cooperation", "turkey -> chad economic cooperation"], types: ["aid"]),
        ClauseCase(mechanism: "arms: weapons supplied by a party, in the passive, arm the subject",
                   sentence: "The Ghanaian navy has received rockets supplied by Brasilia.",
                   contains: ["brazil -> ghana security cooperation"],
                   excludes: ["brazil -> ghana economic cooperation"]),
        ClauseCase(mechanism: "arms: 'supplies X with missile parts' is security aid, not a commodity supply",
                   sentence: "Pyongyang supplies Moscow with missile parts, officials in Seoul say.",
                   contains: ["north-korea -> russia security cooperation"],
                   excludes: ["north-korea -> russia economic cooperation"], types: ["aid"]),
        ClauseCase(mechanism: "arms: a supply of grain with no weapon stays economic",
                   sentence: "Kyiv supplies Cairo with wheat every winter.",
                   contains: ["ukraine -> egypt economic cooperation"],
                   excludes: ["ukraine -> egypt security cooperation"]),
        ClauseCase(mechanism: "arms: gas bought from a party stays trade",
                   sentence: "Hungary heats its homes with gas bought from Azerbaijan.",
                   excludes: ["azerbaijan -> hungary security cooperation"]),
        ClauseCase(mechanism: "arms: a party's arms supplier aids it on the security layer",
                   sentence: "Paris remains Athens's largest arms supplier.",
                   contains: ["france -> greece security cooperation"],
                   excludes: ["france -> greece economic cooperation", "greece -> france economic cooperation"]),
    ]

    /// Support lent by a party's soldiers is armed help; support in words stays diplomatic.
    static let armedSupport: [ClauseCase] = [
        ClauseCase(mechanism: "armed support: troops backed by a party's soldiers get its security cooperation",
                   sentence: "Malian troops, backed by Russian soldiers, retook the town of Kidal.",
                   contains: ["russia -> mali security cooperation"],
                   excludes: ["russia -> mali diplomatic cooperation"]),
        ClauseCase(mechanism: "armed support: a government supported by a coalition's forces",
                   sentence: "The government of Somalia is supported by the Kenyan-led coalition forces in the south.",
                   contains: ["kenya -> somalia security cooperation"],
                   excludes: ["kenya -> somalia diplomatic cooperation"]),
        ClauseCase(mechanism: "armed support: a state backing a plan in words stays diplomatic",
                   sentence: "Norway backed the Colombian peace plan on Monday.",
                   contains: ["norway -> colombia diplomatic cooperation"],
                   excludes: ["norway -> colombia security cooperation"]),
    ]

    /// Talks named military that a party suspends are refused on the security layer.
    static let refusedTalks: [ClauseCase] = [
        ClauseCase(mechanism: "refused talks: suspended defence consultations are security tension as well as diplomatic",
                   sentence: "Canberra suspended defence consultations with Jakarta in March.",
                   contains: ["australia -> indonesia security tension", "australia -> indonesia diplomatic tension"]),
        ClauseCase(mechanism: "refused talks: suspended talks with no layer word stay diplomatic",
                   sentence: "Canberra suspended consultations with Jakarta in March.",
                   contains: ["australia -> indonesia diplomatic tension"],
                   excludes: ["australia -> indonesia security tension"]),
    ]

    /// Fighting beside a party is armed help to it; a joint operation is mutual security cooperation.
    static let comrades: [ClauseCase] = [
        ClauseCase(mechanism: "comrades: soldiers fighting alongside a party aid it, they do not fight it",
                   sentence: "Eritrean soldiers fought alongside Ethiopia in the northern war.",
                   contains: ["eritrea -> ethiopia security cooperation"],
                   excludes: ["eritrea <-> ethiopia security tension", "eritrea -> ethiopia security tension"]),
        ClauseCase(mechanism: "comrades: a joint operation with a party is security cooperation",
                   sentence: "Niger launched a joint operation with Nigeria near Lake Chad.",
                   contains: ["niger <-> nigeria security cooperation"]),
    ]

    /// Ground a party holds in a state is that party's, not the state's: a strike on it targets the holder.
    static let heldGround: [ClauseCase] = [
        ClauseCase(mechanism: "held ground: a strike on rebel-held parts of a state targets the holder",
                   sentence: "Israeli jets struck depots in Hezbollah-held parts of Lebanon overnight.",
                   contains: ["israel -> hezbollah security tension"],
                   unrelated: ["israel lebanon"]),
        ClauseCase(mechanism: "held ground: shelling of occupied areas of a state targets the occupier",
                   sentence: "Kyiv shelled Russian-occupied areas of Ukraine on Sunday.",
                   contains: ["ukraine -> russia security tension"]),
        ClauseCase(mechanism: "held ground: a strike on a state with no holder named still targets the state",
                   sentence: "Israeli jets struck depots in southern Lebanon overnight.",
                   contains: ["israel -> lebanon security tension"]),
    ]

    /// An agreement whose content is security cooperation ties on the security layer, not the diplomatic one.
    static let agreementContent: [ClauseCase] = [
        ClauseCase(mechanism: "agreement content: a memorandum on military cooperation is security cooperation",
                   sentence: "Bamako signed a memorandum with Beijing on military cooperation last week.",
                   contains: ["china <-> mali security cooperation"], excludes: ["china <-> mali diplomatic cooperation"]),
        ClauseCase(mechanism: "agreement content: an accord aimed at bolstering defence cooperation",
                   sentence: "Peru and Chile signed an accord aimed at bolstering defence cooperation.",
                   contains: ["chile <-> peru security cooperation"]),
        ClauseCase(mechanism: "agreement content: an agreement with no security content stays diplomatic",
                   sentence: "Bamako signed a memorandum with Beijing on Tuesday.",
                   contains: ["china <-> mali diplomatic cooperation"],
                   excludes: ["china <-> mali security cooperation"]),
    ]

    /// Countering attacks by a party is mobilising against it; the attacks' target is not the counterer.
    static let countered: [ClauseCase] = [
        ClauseCase(mechanism: "countered attacks: countering raids by a party mobilises against it",
                   sentence: "Nigeria deployed a brigade to counter raids by Boko Haram.",
                   contains: ["nigeria -> boko-haram security tension"],
                   excludes: ["boko-haram -> nigeria security tension"], types: ["mobilize"]),
        ClauseCase(mechanism: "countered attacks: a mission aimed at countering attacks by a party",
                   sentence: "Paris launched a naval mission aimed at countering attacks by Houthi militants on shipping.",
                   contains: ["france -> houthis security tension"],
                   excludes: ["houthis -> france security tension"]),
    ]

    /// Attackers striking a third party together cooperate on the security layer.
    static let jointAttacks: [ClauseCase] = [
        ClauseCase(mechanism: "joint attacks: two states' jets striking a third party cooperate",
                   sentence: "Saudi and Emirati jets bombed Houthi positions near Marib.",
                   contains: ["saudi-arabia -> houthis security tension", "uae -> houthis security tension",
                              "saudi-arabia <-> uae security cooperation"]),
        ClauseCase(mechanism: "joint attacks: a compound subject of an attack verb",
                   sentence: "France and Chad bombed rebel columns in Niger.",
                   contains: ["chad <-> france security cooperation"]),
        ClauseCase(mechanism: "joint attacks: a single attacker cooperates with nobody",
                   sentence: "Egypt bombed militant camps in Libya.",
                   contains: ["egypt -> libya security tension"], excludes: ["egypt <-> libya security cooperation"]),
        ClauseCase(mechanism: "joint attacks: two parties fighting each other do not cooperate",
                   sentence: "Sudan and South Sudan clashed near Heglig.",
                   excludes: ["south-sudan <-> sudan security cooperation", "sudan <-> south-sudan security cooperation"]),
    ]

    /// Talks on a security field tie the parties on the security layer too (the annotation guide's topics
    /// of talks), at the talks' strength; security pacts named in compounds are security cooperation.
    static let securityTalks: [ClauseCase] = [
        ClauseCase(mechanism: "security talks: talks named by a security adjective",
                   sentence: "Chile and Peru held three rounds of security talks in Lima.",
                   contains: ["chile <-> peru security cooperation", "chile <-> peru diplomatic cooperation"]),
        ClauseCase(mechanism: "security talks: talks on a state's nuclear programme",
                   sentence: "Pyongyang held talks with Seoul on its nuclear programme.",
                   contains: ["north-korea <-> south-korea security cooperation"]),
        ClauseCase(mechanism: "security talks: talks on trade stay off the security layer",
                   sentence: "Chile and Peru held talks on trade in Lima.",
                   excludes: ["chile <-> peru security cooperation"]),
        ClauseCase(mechanism: "security talks: an intelligence-sharing pact is security cooperation",
                   sentence: "Vilnius renewed an intelligence-sharing pact with Warsaw.",
                   contains: ["lithuania <-> poland security cooperation"]),
    ]

    /// Withdrawals with the withdrawing party's possessive go from it toward the host; drills held around
    /// a party are a show of force against it, joint drills of a compound subject are cooperation.
    static let movements: [ClauseCase] = [
        ClauseCase(mechanism: "movements: withdrawing its troops from a host is the withdrawer's retreat toward it",
                   sentence: "Moscow withdrew its troops from Georgia after the talks.",
                   contains: ["russia -> georgia security cooperation"], excludes: ["georgia -> russia security cooperation"],
                   types: ["retreat"]),
        ClauseCase(mechanism: "movements: pulling its forces out of a host",
                   sentence: "Paris pulled its forces out of Niger last year.",
                   contains: ["france -> niger security cooperation"], types: ["retreat"]),
        ClauseCase(mechanism: "movements: drills around a party are a show of force, not cooperation",
                   sentence: "Pyongyang staged military drills near South Korea on Friday.",
                   contains: ["north-korea -> south-korea security tension"],
                   excludes: ["north-korea <-> south-korea security cooperation"], types: ["mobilize"]),
        ClauseCase(mechanism: "movements: joint naval exercises of a compound subject are cooperation",
                   sentence: "Brazil and Argentina held joint naval exercises in the South Atlantic.",
                   contains: ["argentina <-> brazil security cooperation"]),
    ]

    @Test(arguments: movements) func troopMovements(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: securityTalks) func talksOnSecurityFields(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: jointAttacks) func jointAttack(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: countered) func counteredAttack(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: agreementContent) func securityAgreement(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: comrades) func fightingBeside(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: heldGround) func groundHeld(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: arms) func armsTrade(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: armedSupport) func supportBySoldiers(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: refusedTalks) func refusedMilitaryTalks(_ c: ClauseCase) { ClauseReadingTests.check(c) }
}
