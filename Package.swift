// swift-tools-version:6.0
import Foundation
import PackageDescription

let package = Package(
    name: "GeoGraph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "GeoGraph", targets: ["GeoGraph"]),
        .library(name: "GeoGraphExtraction", targets: ["GeoGraphExtraction"]),
        .library(name: "GeoGraphRender", targets: ["GeoGraphRender"]),
        .library(name: "GeoGraphEvents", targets: ["GeoGraphEvents"]),
        .executable(name: "geograph", targets: ["geograph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        // `swift package generate-documentation --target GeoGraph` builds the DocC catalogues.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // Core: the model, graph files, the compact core and every query.
        .target(
            name: "GeoGraph",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "Collections", package: "swift-collections"),
            ]
        ),
        // Documents -> ties with provenance.
        .target(
            name: "GeoGraphExtraction",
            dependencies: ["GeoGraph", .product(name: "Yams", package: "Yams")]
        ),
        // Event data (GDELT, ICEWS, POLECAT/PLOVER) -> aggregated event ties.
        .target(
            name: "GeoGraphEvents",
            dependencies: ["GeoGraph", .product(name: "Yams", package: "Yams"), .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // DOT writing and reading, the in-process Graphviz renderer, figure recipes.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(
            name: "GeoGraphRender",
            dependencies: ["GeoGraph", "CGraphviz", .product(name: "Yams", package: "Yams")]
        ),

        // Tools
        .executableTarget(
            name: "geograph",
            dependencies: [
                "GeoGraph", "GeoGraphExtraction", "GeoGraphRender", "GeoGraphEvents",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Tests
        .testTarget(name: "GeoGraphTests", dependencies: ["GeoGraph"], resources: [.copy("Fixtures")]),
        .testTarget(name: "GeoGraphExtractionTests", dependencies: ["GeoGraphExtraction"]),
        .testTarget(name: "GeoGraphRenderTests", dependencies: ["GeoGraphRender"]),
        .testTarget(name: "GeoGraphEventsTests", dependencies: ["GeoGraphEvents"], resources: [.copy("Fixtures")]),
        .testTarget(name: "GeoGraphCLITests", dependencies: ["geograph", .product(name: "Yams", package: "Yams")]),
    ],
    swiftLanguageModes: [.v6]
)

// Fuzz targets (libFuzzer), only when GEOGRAPH_FUZZ is set: Scripts/fuzz.sh builds them with
// `-sanitize=fuzzer,address -parse-as-library` in .build-fuzz; a plain `swift build` never sees them.
if ProcessInfo.processInfo.environment["GEOGRAPH_FUZZ"] != nil {
    let fuzzTargets: [(name: String, dependencies: [Target.Dependency])] = [
        ("FuzzGraphFiles", ["GeoGraph"]),
        ("FuzzDocuments", ["GeoGraph", "GeoGraphExtraction"]),
        ("FuzzDOTImport", ["GeoGraph", "GeoGraphRender"]),
        ("FuzzDOTRoundTrip", ["GeoGraph", "GeoGraphRender"]),
        ("FuzzEventsGDELT", ["GeoGraph", "GeoGraphEvents"]),
        ("FuzzEventsICEWS", ["GeoGraph", "GeoGraphEvents"]),
        ("FuzzEventsPOLECAT", ["GeoGraph", "GeoGraphEvents"]),
        ("FuzzEventsPLOVER", ["GeoGraph", "GeoGraphEvents"]),
        ("FuzzEventMappings", ["GeoGraph", "GeoGraphEvents"]),
    ]
    package.targets.append(.target(name: "CFuzzDriver", path: "Tests/Fuzz/Targets/CFuzzDriver"))
    for target in fuzzTargets {
        package.targets.append(
            .executableTarget(
                name: target.name, dependencies: target.dependencies + ["CFuzzDriver"],
                path: "Tests/Fuzz/Targets/\(target.name)"))
    }
}
