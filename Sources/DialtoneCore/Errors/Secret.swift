/// A credential. Its `description`, debug description and mirror never show the value, and
/// creating one registers the value with `Redactor` so it is removed from any text that
/// reaches the user or a log.
public struct Secret: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The raw value, for building request headers only.
    public let value: String

    public init(_ value: String) {
        self.value = value
        Redactor.register(value)
    }

    public var isEmpty: Bool { value.isEmpty }
    public var description: String { Redactor.mask }
    public var debugDescription: String { Redactor.mask }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
