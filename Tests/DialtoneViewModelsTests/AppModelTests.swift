import DialtoneCore
import Foundation
import Testing
@testable import DialtoneViewModels

@MainActor
struct AppModelTests {
    func app(_ provider: FakeProvider = FakeProvider(inventory: sampleNumbers(30)), confirmAbove: Decimal? = nil) -> AppModel {
        AppModel(
            sessions: [ProfileSession(name: "work", provider: provider, confirmAbove: confirmAbove)],
            journal: temporaryJournal(), clock: .immediate(), pageSize: 10)
    }

    @Test func lettersTypedIntoTheSearchPromptNeverBuy() async {
        let provider = FakeProvider(inventory: sampleNumbers(30))
        let app = app(provider)
        app.start()
        await app.settle()
        app.send(.openSearch)
        #expect(app.snapshot.acceptsText)
        #expect(app.snapshot.searchPrompt?.help == "prefix after the country code")
        for intent: AppIntent in [.typeCharacter("b"), .buy, .accept] { app.send(intent) }
        await app.settle()
        #expect(app.snapshot.overlay == nil)
        #expect(app.snapshot.inventory.query.search == "2", "b typed into the search, read on a phone keypad")
        #expect(provider.purchases.isEmpty)
        #expect(app.snapshot.purchase.phase == .idle)
    }

    @Test func escapeRevertsTheSearch() async {
        let app = app()
        app.start()
        await app.settle()
        app.send(.openSearch)
        app.send(.typeCharacter("7"))
        app.send(.back)
        await app.settle()
        #expect(app.snapshot.inventory.query.search == "")
        #expect(app.snapshot.inventory.rows.count == 10)
    }

    @Test func countryPickerNarrowsByNameCodeAndCallingCode() async {
        let app = app()
        app.start()
        await app.settle()
        app.send(.openCountryPicker)
        for character in "+91" { app.send(.typeCharacter(character)) }
        #expect(app.snapshot.picker?.items.map(\.id).contains("IN") == true)
        app.send(.deleteBackward)
        app.send(.deleteBackward)
        app.send(.deleteBackward)
        for character in "germ" { app.send(.typeCharacter(character)) }
        #expect(app.snapshot.picker?.selected?.id == "DE")
        app.send(.accept)
        await app.settle()
        #expect(app.snapshot.overlay == nil)
        #expect(app.snapshot.inventory.query.country == "DE")
    }

    @Test func buyNeedsFocusAndConfirmationAndThenShowsInOwned() async {
        let provider = FakeProvider(inventory: sampleNumbers(30))
        let app = app(provider)
        app.start()
        await app.settle()
        app.send(.buy)
        #expect(app.snapshot.overlay == .confirm)
        app.send(.accept)  // Cancel is focused
        #expect(app.snapshot.overlay == nil)
        app.send(.buy)
        app.send(.toggleFocus)
        app.send(.accept)  // not yet armed: the dialog has not been up for the arming delay
        #expect(app.snapshot.purchase.phase == .confirming)
        await app.purchase.settleArming()
        app.send(.accept)
        app.send(.accept)
        app.send(.buy)
        await app.settle()
        #expect(provider.purchases == ["+14155550000"])
        #expect(app.snapshot.purchase.phase == .finished(.bought(
            PurchaseReceipt(provider: .plivo, e164: "+14155550000", status: .active, message: "Number purchased successfully"),
            reconciled: false)))
        #expect(app.snapshot.owned.rows.map(\.number.e164) == ["+14155550000"])
        #expect(!app.snapshot.inventory.rows.contains { $0.e164 == "+14155550000" })
        app.send(.accept)
        #expect(app.snapshot.overlay == nil)
    }

    @Test func pastedTextIsNeverReadAsCommands() async {
        let provider = FakeProvider(inventory: sampleNumbers(30))
        let other = FakeProvider(kind: .vobiz, accountID: "MA_OTHERACCOUNT1", inventory: sampleNumbers(3))
        let app = AppModel(
            sessions: [ProfileSession(name: "work", provider: provider), ProfileSession(name: "other", provider: other)],
            journal: temporaryJournal(), clock: .immediate(), pageSize: 10)
        app.start()
        await app.settle()
        let before = app.snapshot
        app.send(.paste("public\r"))  // p would switch profile, b would buy, Enter would press
        await app.settle()
        #expect(app.snapshot.overlay == nil)
        #expect(app.snapshot.activeProfileIndex == before.activeProfileIndex)
        #expect(provider.purchases.isEmpty)

        app.send(.openSearch)
        app.send(.paste("55\n00b"))
        #expect(app.snapshot.overlay == .searchPrompt, "a pasted newline does not accept the prompt")
        #expect(app.snapshot.searchPrompt?.text == "5500b")

        app.send(.back)
        app.send(.buy)
        app.send(.paste("1234"))
        #expect(app.snapshot.purchase.gate.typedDigits.isEmpty, "confirmation digits are typed, never pasted")
    }

    @Test func quitIsRefusedWhileAPurchaseIsInFlight() async {
        let provider = FakeProvider(inventory: sampleNumbers(3))
        let app = app(provider)
        app.start()
        await app.settle()
        app.send(.buy)
        await app.purchase.settleArming()
        app.send(.toggleFocus)
        app.send(.accept)
        #expect(app.snapshot.purchase.isInFlight)
        app.send(.back)
        #expect(app.send(.quit) == nil)
        await app.settle()
        app.send(.back)
        #expect(app.send(.quit) == .quit)
    }

    @Test func copyReturnsTheSelectedNumber() async {
        let app = app()
        app.start()
        await app.settle()
        #expect(app.send(.copy) == .copyToClipboard("+14155550000"))
    }

    @Test func changesWakeAnObserver() async {
        let app = app()
        var changes = app.changes().makeAsyncIterator()
        app.send(.help)
        #expect(await changes.next() != nil)
        #expect(app.snapshot.help.contains { $0.title == "Notes" })
    }

    /// 10 000 random sequences of 30 intents: no crash, selections inside their rows, and no
    /// purchase that was not preceded by an armed, focused Buy being pressed.
    @Test func randomIntentSequencesKeepTheInvariants() async {
        let sequenceCount = Int(ProcessInfo.processInfo.environment["DIALTONE_PROPERTY_SEQUENCES"] ?? "") ?? 10_000
        var random = SplitMix64(seed: 42)
        let alphabet: [AppIntent] = [
            .moveUp, .moveDown, .pageUp, .pageDown, .first, .last, .typeCharacter("b"), .typeCharacter("1"),
            .typeCharacter("q"), .deleteBackward, .accept, .back, .openSearch, .openCountryPicker, .openTypePicker,
            .help, .buy, .buy, .toggleFocus, .switchScreen, .cycleProfile, .refresh, .retry, .sort,
            .toggleCapability(.sms), .cycleStatusFilter, .copy, .quit,
        ]
        let (plivoNumbers, vobizNumbers) = (sampleNumbers(23), sampleNumbers(7, provider: .vobiz))
        for _ in 0..<sequenceCount {
            let plivo = FakeProvider(inventory: plivoNumbers)
            let vobiz = FakeProvider(kind: .vobiz, inventory: vobizNumbers, features: .substringOnly)
            let app = AppModel(
                sessions: [ProfileSession(name: "p", provider: plivo), ProfileSession(name: "v", provider: vobiz, confirmAbove: 0)],
                journal: temporaryJournal(), clock: .immediate(), pageSize: 10)
            app.start()
            var armedPresses = 0
            for step in 0..<30 {
                let intent = alphabet[Int(random.next() % UInt64(alphabet.count))]
                let before = app.snapshot
                if intent == .accept, before.overlay == .confirm, before.purchase.isBuyArmed, before.purchase.gate.focus == .buy {
                    armedPresses += 1
                }
                app.send(intent)
                if step % 3 == 0 { await Task.yield() }
                // Plain checks per step: an `#expect` per step would dominate the run time.
                guard plivo.purchases.count + vobiz.purchases.count <= armedPresses, Self.selectionIsInside(app.snapshot) else {
                    Issue.record("invariant broken after \(intent) at step \(step)")
                    return
                }
            }
            await app.settle()
            #expect(plivo.purchases.count + vobiz.purchases.count <= armedPresses)
            #expect(Self.selectionIsInside(app.snapshot))
        }
    }

    static func selectionIsInside(_ snapshot: AppSnapshot) -> Bool {
        func inside(_ index: Int?, _ count: Int) -> Bool {
            index.map { (0..<count).contains($0) } ?? (count == 0)
        }
        return inside(snapshot.inventory.selectedIndex, snapshot.inventory.rows.count)
            && inside(snapshot.owned.selectedIndex, snapshot.owned.rows.count)
            && (snapshot.picker.map { inside($0.selectedIndex, $0.items.count) } ?? true)
    }
}

/// A small seeded generator, so a failing sequence can be replayed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
