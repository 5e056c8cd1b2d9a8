import Foundation
import Testing
@testable import DialtoneCore

/// Random and truncated bytes into every decoder: no crash, and every failure a `DialtoneError`.
@Suite struct DecoderFuzzTests {
    private static let seeds = [
        SeedFixtures.vobizInventoryList, SeedFixtures.vobizPurchaseAnswer, SeedFixtures.vobizPurchaseAnswerFromInventory,
        SeedFixtures.vobizPhoneNumberObject, SeedFixtures.agniPurchasedList, SeedFixtures.plivoSearchAnswer,
        SeedFixtures.plivoBuyAnswer, SeedFixtures.plivoPhoneNumberObject, SeedFixtures.vobizNotInInventoryError,
    ].map { Array($0.utf8) }

    /// Deterministic generator so a failure can be replayed.
    private struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    private func input(_ index: Int, _ random: inout SplitMix) -> Data {
        let seed = Self.seeds[index % Self.seeds.count]
        switch index % 4 {
        case 0: return Data((0..<Int.random(in: 0...300, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) })
        case 1: return Data(seed.prefix(Int.random(in: 0...seed.count, using: &random)))
        case 2:
            var bytes = seed
            for _ in 0..<Int.random(in: 1...8, using: &random) {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            return Data(bytes)
        default:
            let tokens = ["{", "}", "[", "]", ":", ",", "\"e164\"", "\"number\"", "\"items\"", "\"objects\"", "\"data\"", "1e999", "-0", "\"0.8\"", "null", "true", "\"\\u0000\""]
            return Data((0..<Int.random(in: 1...40, using: &random)).map { _ in tokens.randomElement(using: &random)! }.joined().utf8)
        }
    }

    private func decodeAll(_ data: Data) -> [Result<Void, any Error>] {
        func attempt<T: Decodable>(_ type: T.Type, _ provider: ProviderKind) -> Result<Void, any Error> {
            Result { _ = try WireJSON.decode(type, from: data, provider: provider) }
        }
        return [
            attempt(VobizListDTO.self, .vobiz), attempt(VobizPurchaseDTO.self, .vobiz), attempt(VobizNumberDTO.self, .vobiz),
            attempt(VobizBalanceDTO.self, .vobiz), attempt(PlivoListDTO<PlivoSearchObjectDTO>.self, .plivo),
            attempt(PlivoListDTO<PlivoRentedDTO>.self, .plivo), attempt(PlivoBuyDTO.self, .plivo),
            attempt(PlivoAccountDTO.self, .plivo), attempt(AgniListDTO.self, .agni),
        ]
    }

    @Test func tenThousandBrokenInputsNeverCrashAndAlwaysFailAsDialtoneErrors() {
        var random = SplitMix(state: 20_261_123)
        var failures = 0
        for index in 0..<10_000 {
            let data = input(index, &random)
            for case .failure(let error) in decodeAll(data) {
                failures += 1
                #expect(error is DialtoneError, "input \(index) threw \(type(of: error))")
                #expect((error as? DialtoneError)?.kind == .decoding)
            }
            _ = ProviderErrorMapper.error(for: WireResponse(status: 400 + index % 200, body: data), provider: .plivo, isPurchase: index % 2 == 0)
        }
        #expect(failures > 50_000)
    }
}
