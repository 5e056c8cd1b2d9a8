/// What a number needs before it can be used: documents, verification, commitment.
public struct Requirements: Sendable, Hashable, Codable {
    /// Plivo's `restriction` (`city-address`, `country-address`, `terms-and-conditions`).
    public var restriction: String?
    /// Plivo's `restriction_text`.
    public var restrictionText: String?
    /// Vobiz (India): Aadhaar verification is required.
    public var aadhaarVerificationRequired: Bool
    /// Vobiz: Aadhaar verification already done.
    public var aadhaarVerified: Bool
    /// Minimum commitment in months; 0 when none.
    public var minimumCommitmentMonths: Int
    /// Plivo search results' `prerequisites`, one readable line each (`address proof required`).
    public var prerequisites: [String]

    public init(
        restriction: String? = nil, restrictionText: String? = nil,
        aadhaarVerificationRequired: Bool = false, aadhaarVerified: Bool = false,
        minimumCommitmentMonths: Int = 0, prerequisites: [String] = []
    ) {
        self.prerequisites = prerequisites
        self.restriction = restriction
        self.restrictionText = restrictionText
        self.aadhaarVerificationRequired = aadhaarVerificationRequired
        self.aadhaarVerified = aadhaarVerified
        self.minimumCommitmentMonths = minimumCommitmentMonths
    }

    public static let none = Requirements()

    enum CodingKeys: String, CodingKey {
        case restriction, restrictionText, aadhaarVerificationRequired, aadhaarVerified, minimumCommitmentMonths, prerequisites
    }

    /// Reads what earlier versions wrote too (no `prerequisites`).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            restriction: try c.decodeIfPresent(String.self, forKey: .restriction),
            restrictionText: try c.decodeIfPresent(String.self, forKey: .restrictionText),
            aadhaarVerificationRequired: try c.decode(Bool.self, forKey: .aadhaarVerificationRequired),
            aadhaarVerified: try c.decode(Bool.self, forKey: .aadhaarVerified),
            minimumCommitmentMonths: try c.decode(Int.self, forKey: .minimumCommitmentMonths),
            prerequisites: try c.decodeIfPresent([String].self, forKey: .prerequisites) ?? [])
    }

    /// Documents or verification are needed, so a purchase may stay pending. Plivo's
    /// `terms-and-conditions` asks for an agreement, not documents.
    public var needsDocuments: Bool {
        (restriction.map { $0 != "terms-and-conditions" } ?? false) || !prerequisites.isEmpty || (aadhaarVerificationRequired && !aadhaarVerified)
    }

    /// One human line per requirement, for the detail pane and the confirmation dialog.
    public var lines: [String] {
        var lines: [String] = []
        if let restriction {
            let text = restrictionText.map { ": \($0)" } ?? ""
            lines.append("\(restriction.replacingOccurrences(of: "-", with: " "))\(text)")
        }
        if aadhaarVerificationRequired {
            lines.append(aadhaarVerified ? "Aadhaar verified" : "Aadhaar verification required")
        }
        lines += prerequisites
        if minimumCommitmentMonths > 0 {
            lines.append("minimum commitment \(Plural.count(minimumCommitmentMonths, "month"))")
        }
        return lines
    }
}
