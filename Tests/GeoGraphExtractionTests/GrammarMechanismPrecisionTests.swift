import Testing
@testable import GeoGraphExtraction

/// Precision mechanisms: sentences whose parties stand close to a cue they take no part in, each pinned
/// by sentences written for these tests about regions other than the reference corpus's, with the
/// bundled gazetteer and lexicon (``ClauseFixture``).
@Suite struct GrammarMechanismPrecisionTests {
    /// A verb of the lexicon's set `ENDINGS` before a relation noun ends the relation: a refusal by the
    /// one who ends it, on the relation's layer, not a cooperation.
    static let endedRelations: [ClauseCase] = [
        ClauseCase(mechanism: "ended relations: downgraded ties are a refusal",
                   sentence: "Managua downgraded diplomatic ties with Madrid after the vote.",
                   contains: ["nicaragua -> spain diplomatic tension"],
                   excludes: ["nicaragua <-> spain diplomatic cooperation"], types: ["reject"]),
        ClauseCase(mechanism: "ended relations: ending security cooperation is security tension",
                   sentence: "Mali ends military cooperation with Denmark.",
                   contains: ["mali -> denmark security tension"],
                   excludes: ["denmark <-> mali security cooperation"]),
        ClauseCase(mechanism: "ended relations: a noun between the verb and the relation ends nothing",
                   sentence: "Senegal ended the year with closer ties to Morocco.",
                   excludes: ["senegal -> morocco diplomatic tension"]),
    ]

    /// Whoever objects to an act (condemns, rejects, counters it) is not its agent.
    static let objectedActs: [ClauseCase] = [
        ClauseCase(mechanism: "objected acts: condemning strikes is no strike",
                   sentence: "Hanoi condemned the strikes as a breach of Cambodian sovereignty.",
                   excludes: ["vietnam -> cambodia security tension"]),
        ClauseCase(mechanism: "objected acts: rejecting sanctions is no sanction",
                   sentence: "Ankara rejected what it called one-sided sanctions and said its trade with Caracas was lawful.",
                   excludes: ["turkey -> venezuela economic tension"]),
        ClauseCase(mechanism: "objected acts: the act's owner named inside its phrase keeps the act",
                   sentence: "Warsaw condemned Russian strikes on Ukraine.",
                   contains: ["russia -> ukraine security tension", "poland -> russia diplomatic tension"]),
    ]

    /// A passive agent's patient is found in the cue's clause, and is never the agent of another participle.
    static let passiveAgents: [ClauseCase] = [
        ClauseCase(mechanism: "passive agents: no patient past a subordinate clause's boundary",
                   sentence: "The patrols, supported by Ghana, began after Togo closed its border.",
                   unrelated: ["ghana togo"]),
        ClauseCase(mechanism: "passive agents: the agents of two coordinated participles are not each other's patients",
                   sentence: "Israel and Hamas agreed to a truce after talks hosted by Qatar and brokered by Egypt.",
                   unrelated: ["qatar egypt"]),
        ClauseCase(mechanism: "passive agents: agents joined by 'and' are not each other's patients",
                   sentence: "Bosnia's offensive, backed by Croatia and fought with rifles supplied by Zagreb and Italy, was condemned by Serbia.",
                   unrelated: ["croatia italy"]),
        ClauseCase(mechanism: "passive agents: 'that' opens a relative clause whose agent is not the refusal's",
                   sentence: "Khartoum refused to attend talks in Jeddah that were convened by Riyadh.",
                   contains: ["sudan -> saudi-arabia diplomatic tension"],
                   excludes: ["saudi-arabia -> sudan diplomatic tension"]),
    ]

    /// A verb coordinated after a party (by "and", or by a comma between present forms in a headline)
    /// shares the subject of the verb before that party, which is that verb's object, not this one's agent.
    static let coordinatedVerbs: [ClauseCase] = [
        ClauseCase(mechanism: "coordinated verbs: a noun cue after a coordinated verb is the first subject's",
                   sentence: "Panama drops Taipei and establishes ties with Beijing",
                   contains: ["china <-> panama diplomatic cooperation"],
                   excludes: ["china <-> taiwan diplomatic cooperation"]),
        ClauseCase(mechanism: "coordinated verbs: a comma between present forms in a headline",
                   sentence: "Nigeria cuts relations with Niger, threatens oil route to Benin",
                   contains: ["nigeria -> benin security tension"], unrelated: ["niger benin"]),
        ClauseCase(mechanism: "coordinated verbs: the object of an earlier verb (a possessive) is no agent",
                   sentence: "Estonia and Latvia, which border Russia, said they shared Finland's worry and asked NATO for more troops.",
                   unrelated: ["finland nato"]),
        ClauseCase(mechanism: "coordinated verbs: the subject is the party a verb follows, not a possessive after it",
                   sentence: "Norway and Denmark renounced their neutrality amid Russia's invasion of Ukraine and filed applications to join NATO.",
                   contains: ["norway -> nato security cooperation", "denmark -> nato security cooperation"],
                   unrelated: ["ukraine nato", "russia nato"]),
        ClauseCase(mechanism: "requests: the infinitive of a nominal request is the request's agent's",
                   sentence: "Serbia filed a request to join the EU.",
                   contains: ["serbia -> eu diplomatic cooperation"]),
        ClauseCase(mechanism: "coordinated verbs: a participle after a comma is no coordinated verb",
                   sentence: "The foreign ministers of Peru and Chile met in Brasilia, mediated by Brazil's foreign minister.",
                   excludes: ["peru -> brazil diplomatic cooperation", "chile -> brazil diplomatic cooperation"]),
    ]

    /// A state tagged `historical` is a party of no tie (background), a place held by another a scene; a
    /// denial right before a predicate negates it; a mutual agreement takes the layer of the security or
    /// economic cooperation it is to bring.
    static let background: [ClauseCase] = [
        ClauseCase(mechanism: "held places: strikes in parts of a state held by another are no strike on the state",
                   sentence: "Saudi and Emirati jets struck depots in Houthi-held parts of Yemen on Friday.",
                   unrelated: ["saudi-arabia yemen", "uae yemen"]),
        ClauseCase(mechanism: "held places: a state held in part by others is a scene",
                   sentence: "Turkish drones hit positions in Kurdish-controlled Syria.",
                   unrelated: ["turkey syria"]),
        ClauseCase(mechanism: "held places: a state struck outright stays the target",
                   sentence: "Israeli jets struck Syria.",
                   contains: ["israel -> syria security tension"]),
        ClauseCase(mechanism: "bygone states: a treaty with the Soviet Union is background",
                   sentence: "Mongolia signed an alliance treaty with the Soviet Union and later with Russia.",
                   unrelated: ["mongolia ussr"]),
        ClauseCase(mechanism: "bygone states: aid from the Soviet Union is background",
                   sentence: "Cuba relied on Soviet aid and on the Soviet Union's support for decades.",
                   unrelated: ["cuba ussr"]),
        ClauseCase(mechanism: "denials: a denied act is no act",
                   sentence: "Kigali denies arming the rebels in Burundi.",
                   unrelated: ["rwanda burundi"]),
        ClauseCase(mechanism: "purposes: an agreement to step up joint patrols is security cooperation",
                   sentence: "Chile and Argentina agreed to step up joint patrols.",
                   contains: ["argentina <-> chile security cooperation"],
                   excludes: ["argentina <-> chile diplomatic cooperation"]),
        ClauseCase(mechanism: "purposes: an agreement to stop a tension is no security purpose",
                   sentence: "Ghana and Togo agreed to stop all shelling across the border.",
                   contains: ["ghana <-> togo diplomatic cooperation"],
                   excludes: ["ghana <-> togo security cooperation"]),
    ]

    /// A participle after an apposed noun that sums up the clause's predicate ("a request backed by X")
    /// makes its agents act on the clause's subject.
    static let apposedActs: [ClauseCase] = [
        ClauseCase(mechanism: "apposed acts: the backers of a request back its maker",
                   sentence: "The Chadian president asked the African Union to suspend Sudan, a request backed by Niger and by Mali.",
                   contains: ["niger -> chad diplomatic cooperation", "mali -> chad diplomatic cooperation"],
                   unrelated: ["niger african-union", "mali african-union"]),
        ClauseCase(mechanism: "apposed acts: a move condemned by a party is that party's protest at its maker",
                   sentence: "India suspended the water treaty, a move condemned by Pakistan.",
                   contains: ["pakistan -> india diplomatic tension"]),
    ]

    /// A protest aimed at goods is economic, as a refusal halting a flow is.
    static let protestedGoods: [ClauseCase] = [
        ClauseCase(mechanism: "protested goods: a protest against a neighbour's grain is economic tension",
                   sentence: "Romanian truckers protested against Moldovan wheat.",
                   contains: ["romania -> moldova economic tension"],
                   excludes: ["romania -> moldova diplomatic tension"]),
        ClauseCase(mechanism: "protested goods: an act between the protest and the goods keeps the protest diplomatic",
                   sentence: "Kyiv condemned Russian strikes on power plants.",
                   contains: ["ukraine -> russia diplomatic tension", "russia -> ukraine security tension"],
                   excludes: ["ukraine -> russia economic tension"]),
    ]

    /// A participle set off after a body with its agent's "by" ("X, led by Y,"), however short the
    /// participle: the party it names does not act in the clause, the body does.
    static let shortParticiples: [ClauseCase] = [
        ClauseCase(mechanism: "short participles: the body, not its leader, imposes the sanctions",
                   sentence: "SADC, led by South Africa, imposed sanctions on Madagascar.",
                   contains: ["sadc -> madagascar economic tension"],
                   excludes: ["south-africa -> madagascar economic tension"]),
        ClauseCase(mechanism: "short participles: the body, not the state running it, criticises",
                   sentence: "ASEAN, run by Thailand that year, criticised Myanmar.",
                   contains: ["asean -> myanmar diplomatic tension"],
                   excludes: ["thailand -> myanmar diplomatic tension"]),
    ]

    /// The infinitive of a request verb names an act asked for, not done: the asked party does not do it.
    static let requestedVerbs: [ClauseCase] = [
        ClauseCase(mechanism: "requested verbs: the body asked to suspend a state has not suspended it",
                   sentence: "Lesotho asked SADC to suspend Eswatini.",
                   unrelated: ["sadc eswatini"], types: ["request"]),
        ClauseCase(mechanism: "requested verbs: the body urged to condemn a state has not condemned it",
                   sentence: "Peru urged the OAS to condemn Venezuela.",
                   unrelated: ["oas venezuela"], types: ["request"]),
        ClauseCase(mechanism: "requested verbs: a verb of the asker's own after 'and' is done",
                   sentence: "Honduras asked the OAS for help and condemned Venezuela.",
                   contains: ["honduras -> venezuela diplomatic tension"]),
        ClauseCase(mechanism: "requested verbs: an infinitive after a later participle is no longer the request's",
                   sentence: "Ghana urged Togo to wait, prompting Benin to criticise Ghana.",
                   contains: ["benin -> ghana diplomatic tension"]),
    ]

    /// Trading words or blows is no trade: an exchange of accusations or warnings is mutual verbal tension.
    static let tradedWords: [ClauseCase] = [
        ClauseCase(mechanism: "traded words: traded accusations are no economic tie",
                   sentence: "Thailand and Cambodia traded accusations over the temple.",
                   excludes: ["cambodia -> thailand economic cooperation", "thailand -> cambodia economic cooperation"],
                   types: ["protest"]),
        ClauseCase(mechanism: "traded words: traded warnings are no economic tie",
                   sentence: "Armenia traded warnings with Azerbaijan on Monday.",
                   excludes: ["armenia -> azerbaijan economic cooperation", "azerbaijan -> armenia economic cooperation"]),
        ClauseCase(mechanism: "traded words: traded goods remain trade",
                   sentence: "Thailand traded rice with Cambodia for decades.",
                   types: ["trade"]),
    ]

    /// Observers sent to a state's vote make no membership of it (the lexicon's `ignore`).
    static let sentObservers: [ClauseCase] = [
        ClauseCase(mechanism: "sent observers: observers sent to a vote are no membership",
                   sentence: "Kenya sent observers to the elections in Tanzania.",
                   unrelated: ["kenya tanzania"]),
        ClauseCase(mechanism: "sent observers: an observer seat in a body is still membership",
                   sentence: "Timor-Leste became an observer in ASEAN.",
                   contains: ["timor-leste -> asean diplomatic cooperation"]),
    ]

    @Test(arguments: endedRelations) func endedRelation(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: objectedActs) func objectedAct(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: passiveAgents) func passiveAgent(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: coordinatedVerbs) func coordinatedVerb(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: background) func backgroundCase(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: protestedGoods) func protestedGood(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: apposedActs) func apposedAct(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: shortParticiples) func shortParticiple(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: requestedVerbs) func requestedVerb(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: sentObservers) func sentObserver(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: tradedWords) func tradedWord(_ c: ClauseCase) { ClauseReadingTests.check(c) }
}
