import DialtoneCore
import DialtoneTUI
import DialtoneViewModels
import Foundation
import Testing

/// Builds app models on the fake provider and waits for them to settle.
@MainActor
enum Fixtures {
    static let now = Date(timeIntervalSince1970: 1_750_000_000)

    /// A started app model with the first page and the owned list loaded.
    static func loadedModel(
        confirmAbove: Decimal? = nil, provider: FakeProvider = FakeProvider(), spendLimits: SpendLimits = SpendLimits()
    ) async -> AppModel {
        let journal = PurchaseJournal(path: NSTemporaryDirectory() + "dialtone-tui-\(UUID().uuidString).jsonl")
        let session = ProfileSession(
            name: "sandbox", provider: provider, confirmAbove: confirmAbove, spendLimits: spendLimits, isSandbox: true)
        let model = AppModel(sessions: [session], journal: journal, clock: .immediate(date: now))
        model.start()
        await settle(model) { !$0.inventory.rows.isEmpty && !$0.owned.isLoading && $0.owned.totalCount > 0 }
        return model
    }

    /// Sends intents, then waits until `done` holds (see `settle`).
    static func send(
        _ intents: [AppIntent], to model: AppModel, until done: @escaping (AppSnapshot) -> Bool = { _ in true },
        sourceLocation: SourceLocation = #_sourceLocation
    ) async {
        for intent in intents { model.send(intent) }
        await settle(model, until: done, sourceLocation: sourceLocation)
    }

    /// Presses `keys` as the render loop does: each resolved against the binding table, its
    /// intent sent to the model; unbound and disabled keys do nothing.
    static func press(_ keys: [Key], on model: AppModel) {
        for key in keys {
            guard case .run(let command) = KeyMap.resolve(key, in: model.snapshot), let intent = KeyMap.intent(for: command, key: key) else { continue }
            model.send(intent)
        }
    }

    /// Waits until background work is done and `done` holds, so the snapshot is stable. A model
    /// that has not got there within a generous deadline fails the test: an unsettled snapshot
    /// is never checked as if it were the settled one.
    static func settle(
        _ model: AppModel, until done: (AppSnapshot) -> Bool = { _ in true }, sourceLocation: SourceLocation = #_sourceLocation
    ) async {
        let deadline = ContinuousClock.now + .seconds(20)
        while !isSettled(model.snapshot, done) {
            guard ContinuousClock.now < deadline else {
                Issue.record("the app model did not settle within 20 s", sourceLocation: sourceLocation)
                return
            }
            try? await Task.sleep(for: .milliseconds(2))
        }
        for _ in 0..<5 { await Task.yield() }
    }

    private static func isSettled(_ snapshot: AppSnapshot, _ done: (AppSnapshot) -> Bool) -> Bool {
        let busy = snapshot.inventory.isLoading || snapshot.owned.isLoading || snapshot.purchase.isInFlight
            || snapshot.purchase.quote?.isCheckingAccount == true
        return done(snapshot) && !busy
    }

    /// Renders a snapshot onto a grid; `columnMemory` keeps widths across renders as the render loop
    /// does, and `notice` is the status bar's passing notice (a key's answer).
    static func render(
        _ snapshot: AppSnapshot, size: Size, glyphs: GlyphSet = .unicode, styles: ResolvedStyles = .unstyled,
        columnMemory: ColumnMemory? = nil, notice: String? = nil
    ) -> GridCanvas {
        let canvas = GridCanvas(size: size, styles: styles)
        let frame = FrameState(glyphs: glyphs, notice: notice, now: now, timeZone: .gmt, columnMemory: columnMemory)
        AppRenderer.render(snapshot, frame: frame, on: canvas)
        return canvas
    }
}
