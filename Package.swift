// swift-tools-version: 6.0
import PackageDescription

/// Swift 7 behaviour now: a file sees only the members of modules it imports itself, and an import
/// is internal unless marked `package import`.
let upcomingFeatures: [SwiftSetting] = [
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "hoso",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "hoso", targets: ["hoso"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // C libraries, each behind exactly one Swift module.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CLibZip",
            pkgConfig: "libzip",
            providers: [.apt(["libzip-dev", "zlib1g-dev"])]
        ),
        .target(name: "XMLCore", dependencies: ["CLibXML2"], swiftSettings: upcomingFeatures),
        .target(name: "ZipCore", dependencies: ["CLibZip"], swiftSettings: upcomingFeatures),
        .target(name: "OOXML", dependencies: ["XMLCore", "ZipCore", "Diagnostics"], swiftSettings: upcomingFeatures),
        // Spreadsheets (.xlsx on ZipCore + XMLCore, CSV): the staff list as schools keep it.
        .target(name: "Spreadsheet", dependencies: ["XMLCore", "ZipCore"], swiftSettings: upcomingFeatures),

        // Pure Swift: language rules and the domain.
        .target(name: "VietnameseText", swiftSettings: upcomingFeatures),
        .target(name: "Assessment", dependencies: ["VietnameseText"], swiftSettings: upcomingFeatures),
        .target(name: "Diagnostics", swiftSettings: upcomingFeatures),

        .target(name: "DocxTemplate", dependencies: ["OOXML", "XMLCore", "VietnameseText", "Diagnostics"], swiftSettings: upcomingFeatures),
        .target(
            name: "AssessmentInput",
            dependencies: ["Assessment", "VietnameseText", "Diagnostics", "Spreadsheet", .product(name: "Yams", package: "Yams")],
            swiftSettings: upcomingFeatures
        ),
        .target(
            name: "Dossier",
            dependencies: [
                "DocxTemplate", "OOXML", "AssessmentInput", "Assessment", "VietnameseText", "Diagnostics", "Spreadsheet",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: upcomingFeatures
        ),
        // The local web application (`hoso serve`): the only module that knows HTTP.
        .target(
            name: "HosoServer",
            dependencies: [
                "Dossier", "AssessmentInput", "Assessment", "Diagnostics",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            swiftSettings: upcomingFeatures
        ),
        .executableTarget(
            name: "hoso",
            dependencies: ["Dossier", "Diagnostics", "HosoServer", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: upcomingFeatures
        ),
        .executableTarget(name: "hoso-bench", dependencies: ["DocxTemplate", "Dossier", "OOXML", "Diagnostics"], swiftSettings: upcomingFeatures),

        // libFuzzer targets (`make fuzz`): each defines `LLVMFuzzerTestOneInput`; without the
        // fuzzer they build as replayers of saved inputs.
        .target(name: "FuzzSupport", swiftSettings: upcomingFeatures),
        .executableTarget(name: "FuzzTemplateTags", dependencies: ["FuzzSupport", "DocxTemplate", "OOXML"], swiftSettings: upcomingFeatures),
        .executableTarget(name: "FuzzTemplateValues", dependencies: ["FuzzSupport", "DocxTemplate", "OOXML", "Diagnostics"], swiftSettings: upcomingFeatures),
        .executableTarget(name: "FuzzDataLoader", dependencies: ["FuzzSupport", "AssessmentInput", "Dossier", "Diagnostics"], swiftSettings: upcomingFeatures),
        .executableTarget(name: "FuzzPackageReader", dependencies: ["FuzzSupport", "DocxTemplate", "OOXML"], swiftSettings: upcomingFeatures),

        // What tests of several targets share: the package root, the independent checker.
        .target(name: "TestSupport", path: "Tests/TestSupport", swiftSettings: upcomingFeatures),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"], swiftSettings: upcomingFeatures),
        .testTarget(name: "XMLCoreTests", dependencies: ["XMLCore"], swiftSettings: upcomingFeatures),
        .testTarget(name: "ZipCoreTests", dependencies: ["ZipCore"], swiftSettings: upcomingFeatures),
        .testTarget(name: "OOXMLTests", dependencies: ["OOXML", "XMLCore", "ZipCore", "Diagnostics"], swiftSettings: upcomingFeatures),
        .testTarget(name: "VietnameseTextTests", dependencies: ["VietnameseText"], swiftSettings: upcomingFeatures),
        .testTarget(name: "AssessmentTests", dependencies: ["Assessment", "VietnameseText"], swiftSettings: upcomingFeatures),
        .testTarget(name: "SpreadsheetTests", dependencies: ["Spreadsheet", "ZipCore"], swiftSettings: upcomingFeatures),
        .testTarget(name: "DocxTemplateTests", dependencies: ["DocxTemplate", "OOXML", "XMLCore", "Diagnostics", "TestSupport"], exclude: ["FuzzFindings"], swiftSettings: upcomingFeatures),
        .testTarget(
            name: "AssessmentInputTests",
            dependencies: ["AssessmentInput", "Assessment", "Spreadsheet", "Diagnostics", "VietnameseText"],
            resources: [.copy("Broken")],
            swiftSettings: upcomingFeatures
        ),
        .testTarget(name: "DossierTests", dependencies: ["Dossier", "DocxTemplate", "OOXML", "Assessment", "AssessmentInput", "Diagnostics", "VietnameseText", "Spreadsheet"], exclude: ["Contexts"], swiftSettings: upcomingFeatures),
        .testTarget(name: "EndToEndTests", dependencies: ["Dossier", "OOXML", "XMLCore", "TestSupport"], exclude: ["Goldens"], swiftSettings: upcomingFeatures),
        // Hostile input through the command line, each run confined by resource limits.
        .testTarget(name: "HostileInputTests", dependencies: ["ZipCore"], swiftSettings: upcomingFeatures),
        // The web application over real HTTP on loopback; Hummingbird stays out of the other test targets.
        .testTarget(name: "HosoServerTests", dependencies: ["HosoServer", "Dossier", "AssessmentInput", "Assessment", "ZipCore", "Diagnostics"], swiftSettings: upcomingFeatures),
        // The commit under injected faults (strace), kills, races and signals, through the binary.
        .testTarget(
            name: "FaultTests",
            dependencies: ["Dossier", "Diagnostics", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: upcomingFeatures
        ),
    ]
)
