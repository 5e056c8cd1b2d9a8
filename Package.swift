// swift-tools-version:6.1
import PackageDescription

/// The commit a release is built from: `scripts/release` sets `DIALTONE_COMMIT` (letters, digits
/// and `.-_+` only); any other build reports "unknown commit" and stays reproducible.
let releaseCommit = Context.environment["DIALTONE_COMMIT"].flatMap { commit in
    commit.isEmpty || commit.contains { !($0.isASCII && ($0.isLetter || $0.isNumber || ".-_+".contains($0))) } ? nil : commit
}

let package = Package(
    name: "Dialtone",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "dialtone", targets: ["dialtone"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // libphonenumber's numbering plans as a Swift table (scripts/numbering-plans.py), data only.
        .target(name: "NumberingPlans"),
        // Shared API core: models, provider clients, errors, configuration, purchase journal.
        .target(
            name: "DialtoneCore",
            dependencies: [
                "NumberingPlans",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOFoundationCompat", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // Screen state and intents; plain Swift, no terminal and no HTTP types.
        .target(name: "DialtoneViewModels", dependencies: ["DialtoneCore"]),
        // Wide-character ncurses with a shim for the macros Swift cannot import.
        .systemLibrary(name: "CNcursesw"),
        // The theme files of the top-level themes/ folder, compiled into Swift source.
        .target(name: "DialtoneThemes", path: "themes", plugins: ["EmbedThemes"]),
        .executableTarget(name: "ThemeEmbedder"),
        .plugin(name: "EmbedThemes", capability: .buildTool(), dependencies: ["ThemeEmbedder"], path: "Sources/EmbedThemes"),
        // The ncurses front end: canvas, widgets, screens, key map, themes.
        .target(
            name: "DialtoneTUI",
            dependencies: [
                "DialtoneViewModels", "DialtoneCore", "CNcursesw", "DialtoneThemes",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // A local server speaking the Vobiz, Plivo and Agni wire formats over SQLite.
        .target(
            name: "DialtoneSandbox",
            dependencies: [
                "NumberingPlans",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The commit `dialtone --version` prints.
        .target(name: "CBuildInfo", cSettings: releaseCommit.map { [.define("DIALTONE_COMMIT", to: "\"commit \($0)\"")] } ?? []),
        .executableTarget(
            name: "dialtone",
            dependencies: [
                "DialtoneCore", "DialtoneViewModels", "DialtoneTUI", "DialtoneSandbox", "CBuildInfo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Measures every budget of DESIGN §6; run through Benchmarks/run (release build).
        .executableTarget(
            name: "DialtoneBenchmarks",
            dependencies: ["DialtoneCore", "DialtoneViewModels", "DialtoneSandbox", "DialtoneTUI"],
            path: "Benchmarks/DialtoneBenchmarks"
        ),
        .testTarget(
            name: "DialtoneCoreTests",
            dependencies: [
                "DialtoneCore", "NumberingPlans",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "DialtoneSandboxTests",
            dependencies: ["DialtoneSandbox", "DialtoneCore", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["plivo_sdk_check.py", "vobiz_sdk_check.py"]
        ),
        .testTarget(name: "DialtoneViewModelsTests", dependencies: ["DialtoneViewModels", "DialtoneSandbox"]),
        .testTarget(name: "DialtoneTUITests", dependencies: ["DialtoneTUI"], exclude: ["Goldens"]),
        // Support/LoopbackServer.swift is DialtoneCoreTests' stub server, linked, for stub-provider process tests.
        .testTarget(
            name: "DialtoneEndToEndTests",
            dependencies: [
                "dialtone", "DialtoneSandbox", "DialtoneCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
