import CNcursesw
import DialtoneViewModels
import Foundation

/// The event loop behind `TerminalApp.run`: events in, intents to the model, one frame out.
@MainActor
final class RenderLoop {
    private let model: AppModel
    private let session: TerminalSession
    private let options: TUIOptions
    private var frame: FrameState
    private(set) var warnings: [ThemeWarning] = []
    private var ticker: Task<Void, Never>?
    private var continuation: AsyncStream<TerminalEvent>.Continuation?
    private var finished = false
    /// Between the terminal's paste markers: keys are collected as text, never run.
    private var pasting = false
    private var pasted = ""
    /// When pasted input last arrived: a paste whose end marker never comes (a cut connection)
    /// ends after `pasteTimeout`, so the keyboard is never lost for good.
    private var lastPasteInput = ContinuousClock.now
    private static let pasteTimeout: Duration = .seconds(2)
    /// `AppSnapshot.confirmationsShown` as last seen: when it has changed, a confirmation dialog
    /// opened or asked again, and no key typed before it was seen may answer it.
    private var confirmationsSeen: Int

    init(model: AppModel, session: TerminalSession, options: TUIOptions) {
        self.model = model
        self.session = session
        self.options = options
        frame = FrameState(
            glyphs: session.capabilities.glyphs, themeName: options.themeName, notice: session.terminalNotice,
            columnMemory: ColumnMemory())
        confirmationsSeen = model.snapshot.confirmationsShown
        applyTheme(named: options.themeName, announce: false)
    }

    func run() async {
        let (events, continuation) = AsyncStream.makeStream(of: TerminalEvent.self, bufferingPolicy: .unbounded)
        self.continuation = continuation
        let watcher = InputWatcher(signalFD: session.signalFD)
        watcher.start { continuation.yield($0) }
        let changes = model.changes()
        let forwarder = Task {
            for await _ in changes { continuation.yield(.modelChanged) }
        }
        defer {
            watcher.stop()
            forwarder.cancel()
            ticker?.cancel()
            continuation.finish()
        }
        draw()
        #if DEBUG
        DebugTrap.armIfRequested(options.environment)
        #endif
        for await event in events {
            handle(event, watcher: watcher)
            if finished { return }
            draw()
        }
    }

    private func handle(_ event: TerminalEvent, watcher: InputWatcher) {
        switch event {
        case .inputReady:
            let keys = session.readKeys()
            watcher.resume()
            frame.notice = nil
            if pasting, ContinuousClock.now - lastPasteInput > Self.pasteTimeout {
                pasting = false
                flushPaste()
            }
            // Keys typed ahead of a confirmation (a burst, a key repeat, a macro) must not answer
            // it: the rest of the batch is dropped once one opens, by a key or while they waited.
            for key in keys where !finished {
                if confirmationAppeared() { break }
                handle(key)
            }
            flushPaste()
        case .signal(let number):
            switch number {
            case SIGWINCH: resize()
            case SIGTSTP: session.suspend()
            case SIGCONT: session.invalidate()
            default: finished = true  // SIGINT, SIGTERM, SIGHUP
            }
        case .hangup: finished = true
        case .modelChanged, .tick: break
        }
        if event == .tick { frame.spinnerFrame += 1 }
        _ = confirmationAppeared()
    }

    /// Whether a confirmation dialog opened or asked again since the last call; if so, drops
    /// whatever the terminal has buffered, which was typed before the dialog could be seen.
    private func confirmationAppeared() -> Bool {
        let shown = model.snapshot.confirmationsShown
        guard shown != confirmationsSeen else { return false }
        confirmationsSeen = shown
        session.discardPendingInput()
        return true
    }

    private func handle(_ key: Key) {
        switch key {
        case .resize: resize()
        case .pasteStart:
            pasting = true
            lastPasteInput = .now
        case .pasteEnd:
            pasting = false
            flushPaste()
        case _ where pasting:
            lastPasteInput = .now
            if let character = key.pastedCharacter { pasted.append(character) }
        default: run(key)
        }
    }

    /// Adopts the terminal's new size; inventory pages follow the rows the table shows.
    private func resize() {
        session.resize()
        model.setVisibleRows(AppRenderer.tableRows(in: session.canvas.size))
    }

    /// Hands pasted text to the model, which types it into an open prompt or drops it.
    private func flushPaste() {
        guard !pasted.isEmpty else { return }
        model.send(.paste(pasted))
        pasted = ""
    }

    private func run(_ key: Key) {
        let snapshot = model.snapshot
        switch KeyMap.resolve(key, in: snapshot) {
        case .unbound: return
        case .disabled(let reason): frame.notice = reason
        case .run(.cycleTheme):
            applyTheme(named: ThemeCatalog.next(after: frame.themeName, environment: options.environment), announce: true)
        case .run(.scrollHelp(let delta)): frame.helpScroll = max(0, frame.helpScroll + delta)
        case .run(let command):
            guard let intent = KeyMap.intent(for: command, key: key) else { return }
            if intent == .help { frame.helpScroll = 0 }
            switch model.send(intent) {
            case .copyToClipboard(let text)?:
                session.writeRaw(Clipboard.osc52(text))
                frame.notice = "copied \(text)"
            case .quit?: finished = true
            case nil:
                // A message the key itself caused (why it did nothing) is its answer: read whole,
                // as a disabled key's reason is, until the next key.
                if let message = model.snapshot.lastMessage, message.id != snapshot.lastMessage?.id { frame.notice = message.text }
            }
        }
    }

    private func applyTheme(named name: String, announce: Bool) {
        let (theme, problems) = ThemeCatalog.load(name: name, environment: options.environment)
        warnings += problems
        session.apply(theme)
        frame.themeName = theme.name
        if let problem = problems.first(where: \.isFatal) {
            frame.notice = "\(problem) — using \(theme.name)"
        } else if announce {
            frame.notice = "theme \(theme.name)"
        }
        session.invalidate()
    }

    private func draw() {
        let snapshot = model.snapshot
        updateTicker(loading: snapshot.inventory.isLoading || snapshot.owned.isLoading || snapshot.purchase.isInFlight)
        frame.now = Date()  // ages in the details count from now
        AppRenderer.render(snapshot, frame: frame, on: session.canvas)
        session.flush()
    }

    /// Runs the 10 Hz spinner tick only while something is loading; idle means no wake-ups.
    private func updateTicker(loading: Bool) {
        if loading, ticker == nil, let continuation {
            ticker = Task {
                while !Task.isCancelled {
                    try? await Task.sleep(for: .milliseconds(100))
                    continuation.yield(.tick)
                }
            }
        } else if !loading, let running = ticker {
            running.cancel()
            ticker = nil
        }
    }
}
