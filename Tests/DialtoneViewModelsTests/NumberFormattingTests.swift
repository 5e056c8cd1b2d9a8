import DialtoneViewModels
import Testing

struct NumberFormattingTests {
    @Test(arguments: [
        ("+14155551234", "+1 415 555 1234"),
        ("+919876543210", "+91 98765 43210"),
        ("+442079460958", "+44 2079 460958"),
        ("+33612345678", "+33 6 12 34 56 78"),
        ("+4930123456", "+49 301 234 56"),
        ("+97122379425", "+971 2 237 9425"),
        ("+971504560000", "+971 50 456 0000"),
        ("+1", "+1"),
        ("not a number", "not a number"),
    ])
    func readable(_ e164: String, _ expected: String) {
        #expect(NumberFormatting.readable(e164) == expected)
    }

    @Test func genericGroupingNeverLeavesALoneDigit() {
        #expect(NumberFormatting.readable("+999123456789") == "+999 123 456 789")
    }

    @Test func ages() {
        #expect(NumberFormatting.age(2) == "just now")
        #expect(NumberFormatting.age(42) == "42 s ago")
        #expect(NumberFormatting.age(600) == "10 min ago")
        #expect(NumberFormatting.age(7200) == "2 h ago")
    }

    @Test func placeAndCapabilities() {
        #expect(NumberFormatting.place(region: "CA", city: "San Francisco", country: "US") == "San Francisco, CA, US")
        #expect(NumberFormatting.place(region: nil, city: "", country: nil) == nil)
        #expect(NumberFormatting.capabilities(nil) == "unknown")
    }
}
