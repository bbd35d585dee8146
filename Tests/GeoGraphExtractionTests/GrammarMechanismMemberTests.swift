import Testing
@testable import GeoGraphExtraction

/// Membership stated by founding or chairing a body, each case a sentence written for these tests
/// about regions other than the corpora's (``ClauseFixture``, the bundled gazetteer and lexicon).
@Suite struct GrammarMechanismMemberTests {
    /// Founding, forming or chairing a body is membership of it (lexicon `member` verbs "form", "found",
    /// "co-found", "chair", "co-chair"), and each of these words is a noun or another verb too: a form
    /// states the act only with a body right after it (set `OBJECT_ONLY`), over "the" or "their own".
    static let founders: [ClauseCase] = [
        ClauseCase(mechanism: "founders: a coordinated subject that founded a body is each a member of it",
                   sentence: "Fiji and Samoa founded the Pacific Islands Forum with five other states.",
                   contains: ["fiji -> pacific-islands-forum diplomatic cooperation",
                              "samoa -> pacific-islands-forum diplomatic cooperation"],
                   unrelated: ["fiji samoa"], types: ["member"]),
        ClauseCase(mechanism: "founders: a relative clause of a list formed a body, over 'their own'",
                   sentence: "Denmark, Sweden and Norway, which formed their own Nordic Council in 1952, met in Oslo.",
                   contains: ["denmark -> nordic-council diplomatic cooperation",
                              "sweden -> nordic-council diplomatic cooperation",
                              "norway -> nordic-council diplomatic cooperation"], types: ["member"]),
        ClauseCase(mechanism: "founders: bare 'found' is the past of 'find' (the lexicon's ignore list wins over the verb's form)",
                   sentence: "Ghana found ECOWAS slow to act on the coup.",
                   unrelated: ["ecowas ghana"]),
        ClauseCase(mechanism: "founders: a co-founder in a relative clause",
                   sentence: "Oman, which co-founded the Gulf Cooperation Council in 1981, hosted the envoys.",
                   contains: ["oman -> gcc diplomatic cooperation"], types: ["member"]),
        ClauseCase(mechanism: "founders: chairing a body this year is membership of it",
                   sentence: "Jamaica chairs the Organization of American States this year.",
                   contains: ["jamaica -> oas diplomatic cooperation"], types: ["member"]),
        ClauseCase(mechanism: "founders: 'found' of 'find' before a state founds nothing",
                   sentence: "The Organization of American States found Haiti unprepared for the vote.",
                   unrelated: ["oas haiti"]),
        ClauseCase(mechanism: "founders: ties formed with a body are no founding",
                   sentence: "Bolivia formed closer bonds over the years with the Organization of American States.",
                   excludes: ["bolivia -> oas diplomatic cooperation"]),
        ClauseCase(mechanism: "founders: a member verb never ties two states",
                   sentence: "Chile chaired Peru's session on fisheries.",
                   unrelated: ["chile peru"]),
    ]

    /// "The three states" after a sentence that named three states and a body stands for the three states;
    /// "the three juntas" for the three of the previous sentence's states under military rule (gazetteer
    /// tag `military-rule`), whatever other states it named.
    static let countedStates: [ClauseCase] = [
        ClauseCase(mechanism: "counted states: a body named with the states is left out",
                   sentence: "The three states criticised France.",
                   previous: ["guinea", "gabon", "sudan", "african-union"],
                   contains: ["guinea -> france diplomatic tension", "gabon -> france diplomatic tension",
                              "sudan -> france diplomatic tension"],
                   unrelated: ["african-union france"]),
        ClauseCase(mechanism: "counted states: the three juntas are the three states under military rule",
                   sentence: "The three juntas, which formed their own council last year, criticised the African Union.",
                   previous: ["guinea", "egypt", "gabon", "sudan"],
                   contains: ["guinea -> african-union diplomatic tension", "gabon -> african-union diplomatic tension",
                              "sudan -> african-union diplomatic tension"],
                   unrelated: ["egypt african-union"]),
        ClauseCase(mechanism: "counted states: four states named leave 'the three states' unread",
                   sentence: "The three states criticised France.",
                   previous: ["guinea", "egypt", "gabon", "sudan"],
                   unrelated: ["guinea france", "egypt france", "gabon france", "sudan france"]),
    ]

    @Test(arguments: founders) func founder(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: countedStates) func countedState(_ c: ClauseCase) { ClauseReadingTests.check(c) }
}
