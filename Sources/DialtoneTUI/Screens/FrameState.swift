import Foundation

/// What a frame needs besides the app snapshot: terminal-side presentation state.
public struct FrameState: Sendable, Hashable {
    public var glyphs: GlyphSet
    /// The theme in use, shown in the title bar while it is being cycled.
    public var themeName: String
    /// A one-frame note from the terminal layer (why a key is disabled, theme warnings).
    public var notice: String?
    /// Index of the spinner frame shown while loading.
    public var spinnerFrame: Int
    /// First line of the help overlay.
    public var helpScroll: Int
    /// The time ages are measured against (fixed in tests).
    public var now: Date
    /// Where provider dates are shown in local time (fixed in tests).
    public var timeZone: TimeZone
    /// Column widths kept from frame to frame (the render loop's); `nil` sizes every frame to
    /// its own rows (tests, benchmarks of one frame).
    public var columnMemory: ColumnMemory?

    public init(
        glyphs: GlyphSet = .unicode, themeName: String = ThemeCatalog.defaultName, notice: String? = nil,
        spinnerFrame: Int = 0, helpScroll: Int = 0, now: Date = Date(), timeZone: TimeZone = .current,
        columnMemory: ColumnMemory? = nil
    ) {
        self.columnMemory = columnMemory
        self.glyphs = glyphs
        self.themeName = themeName
        self.notice = notice
        self.spinnerFrame = spinnerFrame
        self.helpScroll = helpScroll
        self.now = now
        self.timeZone = timeZone
    }

    /// The spinner glyph for this frame.
    var spinner: String { glyphs.spinner[spinnerFrame % glyphs.spinner.count] }
}
