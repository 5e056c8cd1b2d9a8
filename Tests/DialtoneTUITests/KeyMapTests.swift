import DialtoneCore
import DialtoneViewModels
import Testing

@testable import DialtoneTUI

@MainActor
@Suite struct KeyMapTests {
    @Test func bindingsDoNotShadowEachOther() {
        for context in KeyContext.allCases {
            for screen in Screen.allCases {
                let keys = KeyBindings.all.filter { $0.context == context && $0.applies(to: screen) }.flatMap(\.keys)
                #expect(Set(keys).count == keys.count, "duplicate key in \(context) on \(screen)")
            }
        }
    }

    @Test func designKeysAreBound() async {
        let snapshot = await Fixtures.loadedModel().snapshot
        let expected: [(Key, AppIntent)] = [
            (.up, .moveUp), (.character("k"), .moveUp), (.down, .moveDown), (.character("j"), .moveDown),
            (.pageUp, .pageUp), (.control("b"), .pageUp), (.character("["), .pageUp),
            (.pageDown, .pageDown), (.control("f"), .pageDown), (.character("]"), .pageDown),
            (.home, .first), (.character("g"), .first), (.end, .last), (.character("G"), .last),
            (.character("/"), .openSearch), (.character("c"), .openCountryPicker), (.character("t"), .openTypePicker),
            (.enter, .accept), (.character("b"), .buy), (.tab, .switchScreen), (.character("1"), .showScreen(.inventory)),
            (.character("2"), .showScreen(.owned)), (.character("r"), .refresh), (.character("s"), .sort),
            (.character("y"), .copy), (.character("?"), .help), (.escape, .back), (.character("q"), .quit),
        ]
        for (key, intent) in expected {
            #expect(KeyMap.resolve(key, in: snapshot) == .run(.intent(intent)), "\(key)")
        }
        #expect(KeyMap.resolve(.character("T"), in: snapshot) == .run(.cycleTheme))
        #expect(KeyMap.resolve(.character("p"), in: snapshot) == .disabled("only one profile is configured"))
    }

    @Test func lettersTypedIntoSearchOrPickerNeverReachBuy() async {
        let model = await Fixtures.loadedModel()
        for open in [AppIntent.openSearch, .openCountryPicker, .openTypePicker] {
            model.send(open)
            for character in "bqy?Tpr1" {
                let resolution = KeyMap.resolve(.character(character), in: model.snapshot)
                #expect(resolution == .run(.typeText))
                #expect(KeyMap.intent(for: .typeText, key: .character(character)) == .typeCharacter(character))
            }
            model.send(.back)
        }
        #expect(model.snapshot.purchase.phase == .idle)
    }

    @Test func confirmDialogAcceptsOnlyItsOwnKeys() async {
        let model = await Fixtures.loadedModel(confirmAbove: 0)
        await Fixtures.send([.buy], to: model) { $0.purchase.phase == .confirming }
        let snapshot = model.snapshot
        #expect(KeyMap.resolve(.character("b"), in: snapshot) == .unbound)
        #expect(KeyMap.resolve(.character("q"), in: snapshot) == .unbound)
        #expect(KeyMap.resolve(.character("7"), in: snapshot) == .run(.typeText))
        #expect(KeyMap.resolve(.tab, in: snapshot) == .run(.intent(.toggleFocus)))
        #expect(KeyMap.resolve(.escape, in: snapshot) == .run(.intent(.back)))
    }

    @Test func buyIsDisabledWithAReasonWhenTheProviderCannotSell() async {
        var provider = FakeProvider()
        provider.kind = .agni
        provider.features.canBuy = false
        let snapshot = await Fixtures.loadedModel(provider: provider).snapshot
        #expect(KeyMap.resolve(.character("b"), in: snapshot) == .disabled("Agni does not sell numbers through its API"))
        #expect(KeyMap.hints(for: snapshot, glyphs: .unicode).contains { $0.label == "buy" && !$0.isEnabled })
    }

    @Test func footerAndHelpComeFromTheBindingTable() async {
        let snapshot = await Fixtures.loadedModel().snapshot
        let help = KeyMap.helpLines(for: snapshot, glyphs: .unicode)
        for binding in KeyBindings.all {
            #expect(help.contains { line in
                if case .binding(let keys, let text, _) = line { return keys == binding.keyLabel(.unicode) && text.hasPrefix(binding.description) }
                return false
            }, "\(binding.description) missing from help")
        }
        let labels = Set(KeyBindings.all.map(\.label))
        let hints = KeyMap.hints(for: snapshot, glyphs: .unicode)
        #expect(!hints.isEmpty && hints.allSatisfy { labels.contains($0.label) })
    }

    @Test func decodesCursesKeys() {
        #expect(KeyDecoder.decode(status: 0, value: 2) == .control("b"))
        #expect(KeyDecoder.decode(status: 0, value: 27) == .escape)
        #expect(KeyDecoder.decode(status: 0, value: 13) == .enter)
        #expect(KeyDecoder.decode(status: 0, value: 0x6771) == .character("東"))
    }
}
