// swift-tools-version:6.0
import PackageDescription

/// ctst: the consolidated reporting toolkit for APEC's Counter-Terrorism and Secure Trade Strategy.
///
/// Layers, bottom up: the C libraries (`CLibYAML`, `CLibXLSXWriter`) wrapped once each
/// (`ReportYAML`, `ReportXLSX`); the kernel (`ReportKernel`); the forum modules under `Plugins/`
/// (ordinary library targets, not SwiftPM package plugins); the report's composition
/// (`ReportCompose`: the parts of the progress report, their sentences and tables); the
/// renderers (`ReportRender`); the registry umbrella (`ReportForums`); and the thin `ctst`
/// command line.
///
/// Linux only: the sources import Glibc and FoundationEssentials (the part of swift-foundation
/// without ICU), so no Apple platform is declared.
let forums = ["CTTF", "TPTWG", "SCCP", "BMG", "TEL"]

let forumTargets: [Target] = forums.map { id in
  .target(
    name: "Forum\(id)",
    dependencies: ["ReportKernel"],
    path: "Plugins/\(id)"
  )
}

let package = Package(
  name: "ctst",
  products: [
    .executable(name: "ctst", targets: ["ctst"]),
    .executable(name: "ctst-bench", targets: ["ctst-bench"]),
    .executable(name: "ctst-fuzz", targets: ["ctst-fuzz"]),
    .library(name: "ReportKernel", targets: ["ReportKernel"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .systemLibrary(
      name: "CLibYAML",
      pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
    ),
    .systemLibrary(
      name: "CLibXLSXWriter",
      pkgConfig: "xlsxwriter",
      providers: [.apt(["libxlsxwriter-dev", "zlib1g-dev"]), .brew(["libxlsxwriter"])]
    ),
    .systemLibrary(
      name: "CLibCrypto",
      pkgConfig: "libcrypto",
      providers: [.apt(["libssl-dev"]), .brew(["openssl"])]
    ),
    .systemLibrary(name: "CMalloc"),
    .target(name: "ReportYAML", dependencies: ["CLibYAML"]),
    .target(name: "ReportXLSX", dependencies: ["CLibXLSXWriter"]),
    .target(name: "ReportKernel", dependencies: ["ReportYAML", "CLibCrypto"]),
    .target(name: "ReportCompose", dependencies: ["ReportKernel"]),
    .target(name: "ReportRender", dependencies: ["ReportKernel", "ReportCompose", "ReportXLSX"]),
    .target(
      name: "ReportForums",
      dependencies: ["ReportKernel"] + forums.map { .target(name: "Forum\($0)") }
    ),
    .executableTarget(
      name: "ctst",
      dependencies: [
        "ReportKernel", "ReportCompose", "ReportRender", "ReportForums", "ReportYAML", "CMalloc",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "ctst-bench",
      dependencies: [
        "ReportKernel", "ReportCompose", "ReportForums",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      path: "Sources/ctst-bench"
    ),
    .executableTarget(
      name: "ctst-fuzz",
      dependencies: ["ReportKernel", "ReportForums"],
      path: "Sources/ctst-fuzz"
    ),
    .target(
      name: "ReportTestSupport",
      dependencies: ["ReportKernel", "ReportYAML"],
      path: "Tests/ReportTestSupport"
    ),
    .testTarget(
      name: "ReportYAMLTests",
      dependencies: ["ReportYAML", "ReportTestSupport"]
    ),
    .testTarget(
      name: "ReportXLSXTests",
      dependencies: ["ReportXLSX", "ReportTestSupport"]
    ),
    .testTarget(
      name: "ReportKernelTests",
      dependencies: ["ReportKernel", "ReportForums", "ReportTestSupport"]
    ),
    .testTarget(
      name: "ForumModuleTests",
      dependencies: ["ReportKernel", "ReportForums", "ReportTestSupport"]
    ),
    .testTarget(
      name: "ReportRenderTests",
      dependencies: [
        "ReportRender", "ReportCompose", "ReportKernel", "ReportForums", "ReportXLSX",
        "ReportTestSupport",
      ],
      exclude: ["Golden"]
    ),
  ] + forumTargets,
  swiftLanguageModes: [.v6]
)
