import DialtoneCore
import DialtoneViewModels
import Foundation
import Testing

@testable import DialtoneTUI

/// What a confirmation dialog is opened on, drawn at 80×24 through the binding table: the row
/// the details overlay shows, a counted dialog for every key that opens one, and nothing from a
/// saved page (issue 23, findings 5, 6 and 9).
@MainActor
@Suite struct DialogOpeningScreenTests {
    private static let size = Size(rows: 24, columns: 80)

    private func journal() -> PurchaseJournal {
        PurchaseJournal(path: NSTemporaryDirectory() + "dialtone-tui-\(UUID().uuidString).jsonl")
    }

    /// The value on the first line of `text` that holds `label` followed by a space.
    private func value(of label: String, in text: String) -> String? {
        text.split(separator: "\n").lazy.compactMap { line -> String? in
            guard let range = line.range(of: label + " ") else { return nil }
            return line[range.upperBound...].trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "│|")))
        }.first
    }

    /// Issue 23, finding 5. Both profiles list the same numbers, so the merged list holds each
    /// number twice, the active profile's row first: `j` in the details overlay reaches the same
    /// number listed by the other profile, and only the profile tells them apart.
    @Test func allProvidersDetailsOverlayShowsAndBuysTheMergedRowWithItsProfile() async throws {
        var plivo = FakeProvider()
        plivo.kind = .plivo
        plivo.accountID = "MA_PLIVO0001"
        let model = AppModel(
            sessions: [ProfileSession(name: "vobiz", provider: FakeProvider(), isSandbox: true), ProfileSession(name: "plivo", provider: plivo, isSandbox: true)],
            journal: journal(), clock: .immediate(date: Fixtures.now))
        model.start()
        await Fixtures.settle(model) { !$0.inventory.rows.isEmpty }
        Fixtures.press([.character("a")], on: model)
        await Fixtures.settle(model) { !$0.allProviders.isLoading }
        Fixtures.press([.character("g"), .enter, .character("j")], on: model)
        let details = Fixtures.render(model.snapshot, size: Self.size).text
        #expect(value(of: "Profile", in: details) == "plivo", "the overlay names the profile that would buy the row:\n\(details)")
        let number = try #require(value(of: "Number", in: details))

        Fixtures.press([.character("b")], on: model)
        await Fixtures.settle(model) { $0.purchase.quote?.isCheckingAccount == false }
        let dialog = Fixtures.render(model.snapshot, size: Self.size).text
        #expect(dialog.contains("Buy this number?"), "\(dialog)")
        #expect(value(of: "Number", in: dialog)?.filter(\.isNumber) == number.filter(\.isNumber), "the number the overlay showed:\n\(dialog)")
        #expect(value(of: "Profile", in: dialog)?.hasPrefix("plivo (") == true, "bought by the row's profile:\n\(dialog)")
    }

    /// Issue 23, finding 6: the keys that open a confirmation — `x` on Owned as much as `b` —
    /// count it as shown, which is what makes the render loop drop the rest of their burst.
    @Test func everyKeyThatOpensAConfirmationCountsItAsShown() async {
        var provider = FakeProvider()
        provider.features.canRelease = true
        let model = await Fixtures.loadedModel(provider: provider)
        var shown = model.snapshot.confirmationsShown
        for (keys, opens) in [([Key.character("j"), .character("k")], false), ([.character("b")], true), ([.escape, .character("2")], false), ([.character("x")], true)] {
            Fixtures.press(keys, on: model)
            await Fixtures.settle(model)
            #expect((model.snapshot.confirmationsShown != shown) == opens, "\(keys)")
            shown = model.snapshot.confirmationsShown
        }
        #expect(Fixtures.render(model.snapshot, size: Self.size).text.contains("Release this number?"))
    }

    /// Issue 23, finding 9: on the page a warm start drew from the cache, Space marks nothing and
    /// `b` opens nothing, and the status line says why; the fresh page is marked as usual.
    @Test func aSavedPageSaysMarksAndBuyingWaitForTheFreshOne() async throws {
        let cache = WarmCache(directory: FileManager.default.temporaryDirectory.appendingPathComponent("dialtone-warm-\(UUID().uuidString)"))
        let first = AppModel(sessions: [ProfileSession(name: "work", provider: FakeProvider())], journal: journal(), warmCache: cache)
        first.start()
        await Fixtures.settle(first) { !$0.inventory.rows.isEmpty }
        // Both saves (the first page and the owned list) are written before the second start.
        let saved = { ((try? FileManager.default.contentsOfDirectory(atPath: cache.directory.path)) ?? []).filter { !$0.hasPrefix(".") }.count }
        for _ in 0..<500 where saved() < 2 {
            try await Task.sleep(for: .milliseconds(5))
        }

        var slow = FakeProvider()
        slow.searchDelay = .milliseconds(500)
        let model = AppModel(
            sessions: [ProfileSession(name: "work", provider: slow)], journal: journal(),
            clock: .immediate(date: FakeProvider.listedAt.addingTimeInterval(180)), warmCache: cache)
        model.start()
        try #require(model.snapshot.inventory.cachedAt != nil, "the saved page is shown")
        Fixtures.press([.character(" ")], on: model)
        #expect(model.snapshot.lastMessage?.text == "page saved 3 min ago: marks wait for the fresh one")
        var screen = Fixtures.render(model.snapshot, size: Self.size, notice: model.snapshot.lastMessage?.text).text
        #expect(screen.contains("page saved 3 min ago: marks wait for the fresh one"), "read whole at 80 columns:\n\(screen)")
        #expect(model.snapshot.inventory.marks.isEmpty && !screen.contains("✓") && !screen.contains("marked"))
        Fixtures.press([.character("b")], on: model)
        #expect(model.snapshot.lastMessage?.text == "page saved 3 min ago: buying waits for the fresh one")
        screen = Fixtures.render(model.snapshot, size: Self.size, notice: model.snapshot.lastMessage?.text).text
        #expect(screen.contains("page saved 3 min ago: buying waits for the fresh one"), "\(screen)")
        #expect(model.snapshot.overlay == nil && !screen.contains("Buy this number?"))

        await Fixtures.settle(model) { $0.inventory.cachedAt == nil }
        Fixtures.press([.character(" "), .character("b")], on: model)
        #expect(model.snapshot.overlay == .batchConfirm, "the fresh page is marked and bought as usual")
    }
}
