// swift-tools-version:6.1
import Foundation
import PackageDescription

/// One check is a whole process, and most of its start was the dynamic loader: install.sh and the
/// benchmark link `accord` as a static executable. Only on request (ACCORD_STATIC_EXECUTABLE=1,
/// with --static-swift-stdlib): a plain `swift build -c release` cannot link Foundation statically.
let staticExecutable: [LinkerSetting] = ProcessInfo.processInfo.environment["ACCORD_STATIC_EXECUTABLE"] == "1"
    ? [.unsafeFlags(["-static-executable"], .when(platforms: [.linux], configuration: .release))] : []

let package = Package(
    name: "Accord",
    products: [
        .executable(name: "accord", targets: ["AccordCLI"]),
        .executable(name: "accord-serve", targets: ["AccordServe"]),
        .library(name: "Accord", targets: ["Accord"]),
        .executable(name: "accord-fuzz", targets: ["AccordFuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        // The HTTP service only (AccordServer, AccordServe); the Accord library never depends on these.
        // No traits: Hummingbird's default ConfigurationSupport would build swift-configuration for nothing.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // Japanese morphology for free-text screening: MeCab with the IPA dictionary.
        .systemLibrary(
            name: "CMeCab",
            providers: [.apt(["libmecab-dev", "mecab-ipadic-utf8"])]
        ),
        // English lemmas for free-text screening: the Snowball stemmer.
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),
        // The engine: loader, proposal model, rules, evaluator, reports. No server dependency.
        .target(
            name: "Accord",
            dependencies: [
                "CYAML",
                "CMeCab",
                "CStemmer",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        // `accord lsp`: the Language Server Protocol over standard input and output. Its own target so that
        // the engine keeps no protocol code; no server stack, so that `accord` stays quick to build.
        .target(
            name: "AccordLSP",
            dependencies: ["Accord"]
        ),
        .executableTarget(
            name: "AccordCLI",
            dependencies: [
                "Accord",
                "AccordLSP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: staticExecutable
        ),
        // libFuzzer target over loader, validation and evaluation; see Fuzz/README.md.
        .executableTarget(
            name: "AccordFuzz",
            dependencies: ["Accord", "CFuzzDriver"]
        ),
        .target(name: "CFuzzDriver"),
        // The HTTP service of SPEC section 7: routes, metrics, atomic rule reload, decision log.
        .target(
            name: "AccordServer",
            dependencies: [
                "Accord",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        // `accord-serve`, which `accord serve` runs: kept apart so that `accord` builds without a server stack.
        .executableTarget(
            name: "AccordServe",
            dependencies: [
                "AccordServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "AccordTests",
            dependencies: ["Accord"],
            // Rule sets and proposals the tests read through #filePath.
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "AccordCLITests",
            dependencies: ["Accord"],
            // Schemas of other tools' formats, read through #filePath.
            exclude: ["Fixtures"]
        ),
        // Drives the real `accord lsp` over pipes as an editor would, and under Neovim's own LSP client.
        .testTarget(
            name: "AccordLSPTests",
            dependencies: ["Accord", "AccordLSP"],
            exclude: ["Fixtures"]
        ),
        // Drives the service's router in process (HummingbirdTesting), and the real service on 127.0.0.1
        // (in process, and the accord-serve binary) for what only a connection or a process shows.
        .testTarget(
            name: "AccordServerTests",
            dependencies: [
                "AccordServer",
                "Accord",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ],
    swiftLanguageModes: [.v5]
)
