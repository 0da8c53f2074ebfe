// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Accord",
    products: [
        .executable(name: "accord", targets: ["AccordCLI"]),
        .library(name: "Accord", targets: ["Accord"]),
        .executable(name: "accord-fuzz", targets: ["AccordFuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // The engine: loader, proposal model, rules, evaluator, reports. No server dependency.
        .target(
            name: "Accord",
            dependencies: [
                "CYAML",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "AccordCLI",
            dependencies: [
                "Accord",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer target over loader, validation and evaluation; see Fuzz/README.md.
        .executableTarget(
            name: "AccordFuzz",
            dependencies: ["Accord", "CFuzzDriver"]
        ),
        .target(name: "CFuzzDriver"),
        .testTarget(
            name: "AccordTests",
            dependencies: ["Accord"],
            // Rule sets and proposals the tests read through #filePath.
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "AccordCLITests",
            dependencies: ["Accord"]
        ),
    ],
    swiftLanguageModes: [.v5]
)
