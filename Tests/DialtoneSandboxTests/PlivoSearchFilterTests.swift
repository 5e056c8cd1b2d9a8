import DialtoneSandbox
import Foundation
import Testing

/// Every documented Plivo search filter over the seeded data, and Plivo's error shape for a
/// `services` value the documents do not list.
@Suite struct PlivoSearchFilterTests {
    private func objects(_ harness: SandboxHarness, _ query: String) async throws -> [[String: Any]] {
        let reply = try await harness.send(.GET, "\(Paths.plivo)/PhoneNumber/?country_iso=US&limit=20&\(query)", auth: .plivoMain)
        #expect(reply.status == 200, "\(query): \(reply.text)")
        return reply.object["objects"] as? [[String: Any]] ?? []
    }

    @Test func cityRateCenterLataAndNPANXXNarrowTheSearch() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let sample = try #require(try await objects(harness, "type=local").first { $0["rate_center"] is String && $0["lata"] is Int })
        let city = try #require(sample["city"] as? String)
        let rateCenter = try #require(sample["rate_center"] as? String)
        let lata = try #require(sample["lata"] as? Int)
        let number = try #require(sample["number"] as? String)
        let npanxx = String(number.dropFirst().prefix(6))

        let byCity = try await objects(harness, "city=\(city.lowercased().addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)")
        #expect(!byCity.isEmpty && byCity.allSatisfy { $0["city"] as? String == city })
        let byRateCenter = try await objects(harness, "rate_center=\(rateCenter.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)")
        #expect(!byRateCenter.isEmpty && byRateCenter.allSatisfy { $0["rate_center"] as? String == rateCenter })
        let byLATA = try await objects(harness, "lata=\(lata)")
        #expect(!byLATA.isEmpty && byLATA.allSatisfy { $0["lata"] as? Int == lata })
        let byNPANXX = try await objects(harness, "npanxx=\(npanxx)")
        #expect(byNPANXX.contains { $0["number"] as? String == number })
        #expect(byNPANXX.allSatisfy { ($0["number"] as? String)?.hasPrefix("1" + npanxx) == true })
        let wide = try await harness.send(.GET, "\(Paths.plivo)/PhoneNumber/?country_iso=US&npanxx=\(npanxx)&local_calling_area=true", auth: .plivoMain)
        let narrow = try await harness.send(.GET, "\(Paths.plivo)/PhoneNumber/?country_iso=US&npanxx=\(npanxx)", auth: .plivoMain)
        let wideTotal = try #require((wide.object["meta"] as? [String: Any])?["total_count"] as? Int)
        let narrowTotal = try #require((narrow.object["meta"] as? [String: Any])?["total_count"] as? Int)
        #expect(wideTotal >= narrowTotal && narrowTotal >= 1)
    }

    @Test func regionNarrowsFixedNumbers() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let reply = try await harness.send(.GET, "\(Paths.plivo)/PhoneNumber/?country_iso=DE&type=fixed&limit=20", auth: .plivoMain)
        let first = try #require((reply.object["objects"] as? [[String: Any]])?.first)
        let regionName = try #require((first["region"] as? String)?.components(separatedBy: ", ").first)
        let byRegion = try await harness.send(
            .GET, "\(Paths.plivo)/PhoneNumber/?country_iso=DE&type=fixed&region=\(regionName.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)",
            auth: .plivoMain)
        let regions = (byRegion.object["objects"] as? [[String: Any]] ?? []).compactMap { $0["region"] as? String }
        #expect(!regions.isEmpty && regions.allSatisfy { $0.hasPrefix(regionName + ", ") })
    }

    @Test func onlyTheDocumentedServicesCombinationsAreAccepted() async throws {
        let harness = try await SandboxHarness.start(numbers: 500)
        defer { Task { await harness.stop() } }
        for services in ["voice", "sms", "mms", "voice,sms", "voice,sms,mms"] {
            let found = try await objects(harness, "services=\(services)")
            let wanted = services.split(separator: ",").map { "\($0)_enabled" }
            #expect(!found.isEmpty && found.allSatisfy { object in wanted.allSatisfy { object[$0] as? Bool == true } }, "\(services)")
        }
        for services in ["sms,mms", "voice,mms", "fax", "mms,voice,sms"] {
            let reply = try await harness.send(.GET, "\(Paths.plivo)/PhoneNumber/?country_iso=US&services=\(services)", auth: .plivoMain)
            #expect(reply.status == 400, "\(services)")
            #expect(reply.object["api_id"] is String && (reply.object["error"] as? String)?.hasPrefix("services must be one of") == true)
        }
    }

    @Test func northAmericanFiltersElsewhereAndALoneLocalCallingAreaAreRefused() async throws {
        let harness = try await SandboxHarness.start(numbers: 500)
        defer { Task { await harness.stop() } }
        for query in ["country_iso=DE&lata=722", "country_iso=GB&npanxx=206364", "country_iso=US&local_calling_area=true", "country_iso=US&npanxx=20636", "country_iso=US&lata=x"] {
            let reply = try await harness.send(.GET, "\(Paths.plivo)/PhoneNumber/?\(query)", auth: .plivoMain)
            #expect(reply.status == 400 && reply.object["api_id"] is String, "\(query): \(reply.text)")
        }
    }
}
