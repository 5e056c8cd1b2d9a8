import Foundation
import Testing
@testable import DialtoneCore

/// `default_country` picks the country a profile's inventory starts on, from the file or the
/// environment; a code that is not a country is refused, naming where it came from.
@Suite struct DefaultCountryTests {
    @Test func fileProfilesReadDefaultCountry() throws {
        let path = try TemporaryConfig.write("""
            [profiles.us]
            provider = "plivo"
            auth_id = "MAUSAUTHID0000000001"
            token = "t"
            default_country = "us"

            [profiles.india]
            provider = "vobiz"
            auth_id = "MA_INDIA001"
            token = "t"
            """)
        let config = try ConfigLoader.load(environment: [:], path: path)
        #expect(config.profiles.first { $0.name == "us" }?.defaultCountry == "US")
        #expect(config.profiles.first { $0.name == "india" }?.defaultCountry == nil)
        #expect(config.warnings.isEmpty, "default_country is a known key: \(config.warnings)")
    }

    @Test func unknownCountryInTheFileNamesLineAndKey() throws {
        let path = try TemporaryConfig.write("""
            [profiles.us]
            provider = "plivo"
            auth_id = "MAUSAUTHID0000000001"
            token = "t"
            default_country = "XQ"
            """)
        do {
            _ = try ConfigLoader.load(environment: [:], path: path)
            Issue.record("expected a configuration error")
        } catch let error as DialtoneError {
            #expect(error.kind == .configuration)
            #expect(error.description.contains(":5") && error.description.contains("default_country \"XQ\""), "\(error.description)")
        }
    }

    @Test func environmentProfilesReadTheirProvidersDefaultCountry() throws {
        let environment = [
            "PLIVO_AUTH_ID": "MAUSAUTHID0000000001", "PLIVO_AUTH_TOKEN": "t", "PLIVO_DEFAULT_COUNTRY": "gb",
            "VOBIZ_AUTH_ID": "MA_X", "VOBIZ_AUTH_TOKEN": "t",
        ]
        let profiles = try EnvironmentProfiles.make(environment, confirmAbove: 0)
        #expect(profiles.first { $0.provider == .plivo }?.defaultCountry == "GB")
        #expect(profiles.first { $0.provider == .vobiz }?.defaultCountry == nil)
        #expect(throws: DialtoneError.self) {
            _ = try EnvironmentProfiles.make(environment.merging(["VOBIZ_DEFAULT_COUNTRY": "India"]) { $1 }, confirmAbove: 0)
        }
    }
}
