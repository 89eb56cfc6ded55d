// swift-tools-version: 6.0
import PackageDescription

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
        .target(name: "XMLCore", dependencies: ["CLibXML2"]),
        .target(name: "ZipCore", dependencies: ["CLibZip"]),
        .target(name: "OOXML", dependencies: ["XMLCore", "ZipCore", "Diagnostics"]),
        // Spreadsheets (.xlsx on ZipCore + XMLCore, CSV): the staff list as schools keep it.
        .target(name: "Spreadsheet", dependencies: ["XMLCore", "ZipCore"]),

        // Pure Swift: language rules and the domain.
        .target(name: "VietnameseText"),
        .target(name: "Assessment", dependencies: ["VietnameseText"]),
        .target(name: "Diagnostics"),

        .target(name: "DocxTemplate", dependencies: ["OOXML", "XMLCore", "VietnameseText", "Diagnostics"]),
        .target(
            name: "AssessmentInput",
            dependencies: ["Assessment", "VietnameseText", "Diagnostics", "Spreadsheet", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "Dossier",
            dependencies: [
                "DocxTemplate", "OOXML", "XMLCore", "ZipCore", "AssessmentInput", "Assessment", "VietnameseText", "Diagnostics",
                "Spreadsheet",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // The local web application (`hoso serve`): the only module that knows HTTP.
        .target(
            name: "HosoServer",
            dependencies: [
                "Dossier", "AssessmentInput", "Assessment", "Diagnostics", "ZipCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "hoso",
            dependencies: ["Dossier", "Diagnostics", "HosoServer", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "hoso-bench", dependencies: ["DocxTemplate", "Dossier", "AssessmentInput", "OOXML", "XMLCore", "Diagnostics"]),

        // libFuzzer targets (`make fuzz`): each defines `LLVMFuzzerTestOneInput`; without the
        // fuzzer they build as replayers of saved inputs.
        .target(name: "FuzzSupport"),
        .executableTarget(name: "FuzzTemplateTags", dependencies: ["FuzzSupport", "DocxTemplate", "OOXML"]),
        .executableTarget(name: "FuzzTemplateValues", dependencies: ["FuzzSupport", "DocxTemplate", "OOXML"]),
        .executableTarget(name: "FuzzDataLoader", dependencies: ["FuzzSupport", "AssessmentInput", "Dossier", "Diagnostics"]),
        .executableTarget(name: "FuzzPackageReader", dependencies: ["FuzzSupport", "DocxTemplate", "OOXML"]),

        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "XMLCoreTests", dependencies: ["XMLCore"]),
        .testTarget(name: "ZipCoreTests", dependencies: ["ZipCore"]),
        .testTarget(name: "OOXMLTests", dependencies: ["OOXML", "XMLCore", "ZipCore", "Diagnostics"]),
        .testTarget(name: "VietnameseTextTests", dependencies: ["VietnameseText"]),
        .testTarget(name: "AssessmentTests", dependencies: ["Assessment", "VietnameseText"]),
        .testTarget(name: "SpreadsheetTests", dependencies: ["Spreadsheet", "ZipCore"]),
        .testTarget(name: "DocxTemplateTests", dependencies: ["DocxTemplate", "OOXML", "XMLCore", "Diagnostics"], exclude: ["FuzzFindings"]),
        .testTarget(
            name: "AssessmentInputTests",
            dependencies: ["AssessmentInput", "Assessment", "Spreadsheet", "Diagnostics", "VietnameseText"],
            resources: [.copy("Broken")]
        ),
        .testTarget(name: "DossierTests", dependencies: ["Dossier", "DocxTemplate", "OOXML", "Assessment", "AssessmentInput", "Diagnostics"], exclude: ["Contexts"]),
        .testTarget(name: "EndToEndTests", dependencies: ["Dossier", "Diagnostics", "OOXML", "XMLCore"], exclude: ["Goldens"]),
        // Hostile input through the command line, each run confined by resource limits.
        .testTarget(name: "HostileInputTests", dependencies: ["ZipCore"]),
        // The web application over real HTTP on loopback; Hummingbird stays out of the other test targets.
        .testTarget(name: "HosoServerTests", dependencies: ["HosoServer", "Dossier", "AssessmentInput", "Assessment", "ZipCore"]),
        // The commit under injected faults (strace), kills, races and signals, through the binary.
        .testTarget(
            name: "FaultTests",
            dependencies: ["Dossier", .product(name: "Crypto", package: "swift-crypto")]
        ),
    ]
)
