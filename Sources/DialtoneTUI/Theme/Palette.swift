/// The xterm colour palette and nearest-colour matching, for mapping theme colours down to
/// what a terminal can show.
public enum Palette {
    /// RGB of each of the 256 xterm palette entries (0–15 at xterm's defaults).
    public static let xterm256: [RGB] = {
        let ansi = [
            0x000000, 0xCD0000, 0x00CD00, 0xCDCD00, 0x0000EE, 0xCD00CD, 0x00CDCD, 0xE5E5E5,
            0x7F7F7F, 0xFF0000, 0x00FF00, 0xFFFF00, 0x5C5CFF, 0xFF00FF, 0x00FFFF, 0xFFFFFF,
        ].map { RGB($0 >> 16, ($0 >> 8) & 0xFF, $0 & 0xFF) }
        let levels = [0, 95, 135, 175, 215, 255]
        var cube: [RGB] = []
        for r in levels { for g in levels { for b in levels { cube.append(RGB(r, g, b)) } } }
        let greys = (0..<24).map { RGB(8 + 10 * $0, 8 + 10 * $0, 8 + 10 * $0) }
        return ansi + cube + greys
    }()

    /// The nearest entry among palette indices `candidates`.
    static func nearest(_ rgb: RGB, in candidates: Range<Int>) -> Int {
        candidates.min { xterm256[$0].distance(to: rgb) < xterm256[$1].distance(to: rgb) }!
    }

    /// Nearest of the 240 cube and grey-ramp entries (16–255); the 16 ANSI entries are skipped
    /// because users redefine them.
    public static func nearest256(_ rgb: RGB) -> Int { nearest(rgb, in: 16..<256) }

    /// Nearest of the 16 ANSI colours.
    public static func nearest16(_ rgb: RGB) -> Int { nearest(rgb, in: 0..<16) }

    /// Nearest of the 8 basic ANSI colours.
    public static func nearest8(_ rgb: RGB) -> Int { nearest(rgb, in: 0..<8) }
}
