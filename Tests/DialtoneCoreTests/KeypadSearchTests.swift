import DialtoneCore
import Testing

/// The search field reads letters as a phone keypad and refuses what a provider cannot search for.
@Suite struct KeypadSearchTests {
    private static let plivoWildcards: [Character] = ["*", "?"]

    @Test func lettersAreReadAsAPhoneKeypadInEitherCase() throws {
        let reading = try KeypadSearch.read("FLOWERS", provider: .vobiz, wildcards: [])
        #expect(reading.digits == "3569377")
        #expect(reading.note == "searching 3569377 (FLOWERS on a phone keypad)")
        #expect(try KeypadSearch.read("abc def ghi jkl mno pqrs tuv wxyz", provider: .vobiz, wildcards: []).digits == "22233344455566677778889999")
        #expect(try KeypadSearch.read("1-800-Flowers", provider: .plivo, wildcards: Self.plivoWildcards).digits == "18003569377")
    }

    @Test func digitsAlonePassWithoutANote() throws {
        let reading = try KeypadSearch.read("+91 80", provider: .vobiz, wildcards: [])
        #expect(reading.digits == "9180")
        #expect(reading.note == nil)
    }

    @Test func plivoKeepsItsWildcards() throws {
        #expect(try KeypadSearch.read("4?5*", provider: .plivo, wildcards: Self.plivoWildcards).digits == "4?5*")
    }

    @Test func aCharacterThatIsNeitherDigitLetterNorWildcardIsRefusedNamingTheProvider() {
        #expect {
            try KeypadSearch.read("FLOW#RS", provider: .plivo, wildcards: Self.plivoWildcards)
        } throws: { error in
            let text = "\(error)"
            return (error as? DialtoneError)?.kind == .validation && text.contains("#") && text.contains("Plivo's wildcard * or ?")
        }
        #expect {
            try KeypadSearch.read("98*", provider: .vobiz, wildcards: [])
        } throws: { error in
            "\(error)".contains("Vobiz has no wildcard") && "\(error)".contains("*")
        }
    }
}
