import Foundation

/// WCAG 2 contrast between colours, to keep every shipped theme readable.
public enum Contrast {
    /// Relative luminance of an sRGB colour (0 black … 1 white).
    public static func luminance(_ rgb: RGB) -> Double {
        func channel(_ value: Int) -> Double {
            let c = Double(value) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(rgb.red) + 0.7152 * channel(rgb.green) + 0.0722 * channel(rgb.blue)
    }

    /// The contrast ratio between two colours (1 … 21).
    public static func ratio(_ a: RGB, _ b: RGB) -> Double {
        let la = luminance(a), lb = luminance(b)
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    /// The contrast of `role`'s text against its background in 256-colour mode, honouring
    /// `reverse`; a role with a `default` background sits on the `base` background.
    public static func ratio(of role: Role, in theme: Theme) -> Double {
        let style = theme[role]
        let backgroundColor = style.background == .terminalDefault ? theme[.base].background : style.background
        var fg = ColorMapper.displayedRGB(style.foreground, theme: theme, isForeground: true)
        var bg = ColorMapper.displayedRGB(backgroundColor, theme: theme, isForeground: false)
        if style.attributes.contains(.reverse) { swap(&fg, &bg) }
        return ratio(fg, bg)
    }

    /// The WCAG AA minimum for `role`: 4.5 for text, 3 for borders.
    public static func minimum(for role: Role) -> Double { role.isText ? 4.5 : 3 }
}
