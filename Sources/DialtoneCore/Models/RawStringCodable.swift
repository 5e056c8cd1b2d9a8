/// A value that travels as its raw string and is rebuilt from any string, known or not.
public protocol RawStringCodable: Codable {
    init(rawValue: String)
    var rawValue: String { get }
}

// MARK: - Default implementations

extension RawStringCodable {
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
