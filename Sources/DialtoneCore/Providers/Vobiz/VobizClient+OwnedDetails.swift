import Foundation

/// The parts of Vobiz's PhoneNumber object (seed 004) that only an owned number shows:
/// `is_blocked`, `trunk_group_id` (null when on no trunk), `application_id` and
/// `next_billing_date`, read from the same object as `VobizNumberDTO`.
struct VobizOwnedDetailsDTO: Decodable {
    var fields: OwnedDetails.Fields
    var nextBillingAt: Date?

    enum Keys: String, CodingKey {
        case isBlocked = "is_blocked", trunkGroupID = "trunk_group_id", applicationID = "application_id"
        case nextBillingDate = "next_billing_date"
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        fields = OwnedDetails.Fields(
            isBlocked: try c.lenientBool(.isBlocked), trunkGroupID: try c.lenientID(.trunkGroupID),
            applicationID: try c.lenientID(.applicationID)
        )
        nextBillingAt = c.lenientDate(.nextBillingDate)
    }
}
