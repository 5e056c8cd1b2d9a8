import Testing
@testable import DialtoneCore

/// Counts read as English: the noun agrees with its number everywhere Dialtone counts.
@Suite struct PluralTests {
    @Test(arguments: [
        (1, "number", "1 number"), (2, "number", "2 numbers"), (0, "number", "0 numbers"),
        (1, "entry", "1 entry"), (3, "entry", "3 entries"), (2, "day", "2 days"), (1, "month", "1 month"),
        (12, "owned-list entry", "12 owned-list entries"),
    ])
    func countsAgree(count: Int, singular: String, expected: String) {
        #expect(Plural.count(count, singular) == expected)
    }

    @Test func oneOfEachReadsSingular() {
        #expect(SkippedEntries.phrase(1) == "1 entry could not be read")
        #expect(Requirements(minimumCommitmentMonths: 1).lines == ["minimum commitment 1 month"])
        #expect(ListProgress(pagesRead: 1, pagesTotal: nil).label == "1 page")
        #expect(ListProgress(pagesRead: 1, pagesTotal: 1).label == "1/1 page")
    }
}
