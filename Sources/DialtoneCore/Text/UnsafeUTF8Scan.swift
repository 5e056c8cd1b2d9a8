/// Finds, in UTF-8 bytes, any scalar `TerminalText.isUnsafe` flags, without decoding scalars.
///
/// The scalars concerned encode as: C0 and DEL (one byte); C1 `C2 80…9F`; U+061C `D8 9C`;
/// U+180E `E1 A0 8E`; U+200B…200F and U+2028…202E `E2 80 8B…8F / A8…AE`; U+2060…2064 and
/// U+2066…2069 `E2 81 A0…A4 / A6…A9`; U+FEFF `EF BB BF`; U+FFF9…FFFB `EF BF B9…BB`. Every other
/// lead byte is skipped at once.
enum UnsafeUTF8Scan {
    static func holdsUnsafeScalar(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte < 0x20 || byte == 0x7F { return true }
                index += 1
                continue
            }
            let second = index + 1 < count ? bytes[index + 1] : 0
            let third = index + 2 < count ? bytes[index + 2] : 0
            switch byte {
            case 0xC2: if (0x80...0x9F).contains(second) { return true }
            case 0xD8: if second == 0x9C { return true }
            case 0xE1: if second == 0xA0 && third == 0x8E { return true }
            case 0xE2:
                if second == 0x80 && ((0x8B...0x8F).contains(third) || (0xA8...0xAE).contains(third)) { return true }
                if second == 0x81 && ((0xA0...0xA4).contains(third) || (0xA6...0xA9).contains(third)) { return true }
            case 0xEF:
                if second == 0xBB && third == 0xBF { return true }
                if second == 0xBF && (0xB9...0xBB).contains(third) { return true }
            default: break
            }
            index += 1
        }
        return false
    }
}
