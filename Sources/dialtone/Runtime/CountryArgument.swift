import ArgumentParser

/// The `--country` option's rule, shared by the commands that take one.
enum CountryArgument {
    /// Throws a usage error unless `country` is absent or a two-letter ISO code.
    static func validate(_ country: String?) throws {
        if let country, country.count != 2 || !country.allSatisfy(\.isLetter) {
            throw ValidationError("--country takes a two-letter ISO code such as US or IN")
        }
    }
}
