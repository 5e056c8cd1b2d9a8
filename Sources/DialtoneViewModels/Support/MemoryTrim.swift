#if canImport(Glibc)
import Glibc
#endif

/// Hands memory freed by a large load back to the operating system, so a long-running TUI's
/// resident size reflects what it holds, not what loading once needed.
public enum MemoryTrim {
    /// Asks glibc to return free heap pages (`malloc_trim(0)`); does nothing elsewhere.
    public static func release() {
        #if canImport(Glibc)
        // Not in the Glibc module map; looked up in the already loaded libc (RTLD_DEFAULT).
        if let symbol = dlsym(nil, "malloc_trim") {
            typealias Trim = @convention(c) (Int) -> Int32
            _ = unsafeBitCast(symbol, to: Trim.self)(0)
        }
        #endif
    }
}
