import Foundation
import Testing
@testable import DialtoneCore

/// Config files and environment variables become profiles; mistakes name file, line and key.
@Suite struct ConfigLoaderTests {
    private func configurationError(_ text: String, environment: [String: String] = [:]) throws -> String {
        let path = try TemporaryConfig.write(text)
        do {
            _ = try ConfigLoader.load(environment: environment, path: path)
        } catch let error as DialtoneError {
            #expect(error.kind == .configuration)
            return error.description
        }
        Issue.record("expected a configuration error")
        return ""
    }

    @Test func profilesResolveTokensFromEnvironmentFileAndInline() throws {
        let tokenFile = try TemporaryConfig.write("file-token-value\n")
        let path = try TemporaryConfig.write("""
            default_profile = "india"
            theme = "light"
            confirm_above = 10

            [profiles.india]
            provider = "vobiz"
            auth_id = "MA_INDIA001"
            token_env = "MY_VOBIZ_TOKEN"
            base_url = "http://127.0.0.1:9999/"
            currency = "INR"

            [profiles.us]
            provider = "plivo"
            auth_id = "MAUSAUTHID0000000001"
            token_file = "\(tokenFile)"
            confirm_above = "25.50"

            [profiles.agents]
            provider = "agni"
            token = "inline-agni-key"
            """)
        let config = try ConfigLoader.load(environment: ["MY_VOBIZ_TOKEN": "env-token-value"], path: path)
        #expect(config.profiles.map(\.name) == ["india", "us", "agents"])
        let india = try #require(try config.profile(named: nil))
        #expect(india.name == "india" && india.provider == .vobiz)
        #expect(india.credentials.token.value == "env-token-value")
        #expect(india.credentials.baseURL == "http://127.0.0.1:9999")
        #expect(india.credentials.currency == "INR")
        #expect(india.confirmAbove == 10)
        let us = try #require(try config.profile(named: "us"))
        #expect(us.credentials.token.value == "file-token-value" && us.confirmAbove == Decimal(string: "25.5"))
        #expect(config.theme == "light")
        #expect(config.warnings.isEmpty)
    }

    @Test func environmentVariablesMakeProfiles() throws {
        let config = try ConfigLoader.load(environment: [
            "VOBIZ_AUTH_ID": "MA_ENV", "VOBIZ_AUTH_TOKEN": "env-vobiz-token",
            "PLIVO_AUTH_ID": "MAENVAUTHID000000001", "PLIVO_AUTH_TOKEN": "env-plivo-token",
            "RAVAN_API_KEY": "env-agni-key", "DIALTONE_BASE_URL": "http://127.0.0.1:7000",
        ], path: "/nonexistent/config.toml")
        #expect(config.profiles.map(\.name) == ["vobiz", "plivo", "agni"])
        #expect(config.profiles.allSatisfy { $0.credentials.baseURL == "http://127.0.0.1:7000" })
        #expect(config.hasCredentials)
    }

    @Test func noFileAndNoEnvironmentMeansNoCredentials() throws {
        let config = try ConfigLoader.load(environment: ["HOME": "/nonexistent"])
        #expect(!config.hasCredentials)
        #expect(config.path == "/nonexistent/.config/dialtone/config.toml")
    }

    @Test func syntaxErrorNamesFileAndLine() throws {
        let message = try configurationError("theme = \"x\"\n[profiles.a]\nprovider = \n")
        #expect(message.contains("config.toml:3"))
    }

    @Test func unknownProviderNamesLineAndKey() throws {
        let message = try configurationError("[profiles.a]\nauth_id = \"x\"\nprovider = \"twilio\"\ntoken = \"abcd\"\n")
        #expect(message.contains("config.toml:3") && message.contains("provider"))
    }

    @Test func wrongTypeNamesLineAndKey() throws {
        let message = try configurationError("[profiles.a]\nprovider = \"vobiz\"\nauth_id = 42\ntoken = \"abcd\"\n")
        #expect(message.contains("config.toml:3") && message.contains("auth_id must be a string"))
    }

    @Test func missingTokenEnvironmentVariableIsExplained() throws {
        let message = try configurationError("[profiles.a]\nprovider = \"vobiz\"\nauth_id = \"MA_X\"\ntoken_env = \"NOPE_TOKEN\"\n")
        #expect(message.contains("config.toml:4") && message.contains("NOPE_TOKEN is not set"))
    }

    @Test func badThresholdAndBaseURLAreRejected() throws {
        #expect(try configurationError("confirm_above = \"lots\"\n").contains("config.toml:1"))
        let message = try configurationError("[profiles.a]\nprovider = \"vobiz\"\nauth_id = \"MA_X\"\ntoken = \"abcd\"\nbase_url = \"ftp:/x\"\n")
        #expect(message.contains("config.toml:5") && message.contains("base_url"))
    }

    @Test func defaultProfileMustExist() throws {
        #expect(try configurationError("default_profile = \"ghost\"\n").contains("ghost"))
    }

    @Test func looseModeOnAFileHoldingATokenWarns() throws {
        let path = try TemporaryConfig.write("[profiles.a]\nprovider = \"vobiz\"\nauth_id = \"MA_X\"\ntoken = \"inline-secret\"\nspeed = 3\n", mode: 0o644)
        let config = try ConfigLoader.load(environment: [:], path: path)
        #expect(config.warnings.contains { $0.contains("chmod 600") && $0.contains("644") })
        #expect(config.warnings.contains { $0.contains("config.toml:5") && $0.contains("speed") })
        #expect(!config.warnings.joined().contains("inline-secret"))
    }

    @Test func spendLimitsComeFromTheProfileElseTheTopLevelAndReachEnvironmentProfiles() throws {
        let path = try TemporaryConfig.write("""
            spend_limit_daily = "USD 20.00"
            spend_limit_monthly = "USD 200"

            [profiles.india]
            provider = "vobiz"
            auth_id = "MA_INDIA001"
            token = "inline"
            spend_limit_daily = "INR 5000"
            """)
        let config = try ConfigLoader.load(environment: ["PLIVO_AUTH_ID": "MAUSAUTHID0000000001", "PLIVO_AUTH_TOKEN": "t"], path: path)
        let india = try #require(config.profiles.first { $0.name == "india" })
        #expect(india.spendLimits == SpendLimits(daily: Money(5000, "INR"), monthly: Money(200, "USD")))
        let plivo = try #require(config.profiles.first { $0.name == "plivo" })
        #expect(plivo.spendLimits == SpendLimits(daily: Money(20, "USD"), monthly: Money(200, "USD")))
        #expect(config.warnings.filter { $0.contains("unknown key") }.isEmpty)
    }

    @Test func aSpendLimitWithoutACurrencyNamesTheLineAndKey() throws {
        let message = try configurationError("spend_limit_daily = 20\n")
        #expect(message.contains(":1") && message.contains("spend_limit_daily must be an amount with its currency"))
    }
}
