import Foundation

/// ctst-fuzz: the fuzz harness of ctst's YAML loader, decoders and validator.
///
/// `--mutate` runs the deterministic mutation fuzzer (every build), `--replay FILE…` runs given
/// inputs; any other arguments go to libFuzzer, in the build `make fuzz` makes.
@main
enum FuzzMain {
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    guard arguments.contains("--mutate") || arguments.contains("--replay") else {
      guard LibFuzzer.isAvailable else {
        print(
          "ctst-fuzz: built without libFuzzer (see make fuzz)\n\(FuzzCommand.usage)",
          to: &standardError)
        exit(64)
      }
      exit(LibFuzzer.run())
    }
    switch FuzzCommand.parse(arguments) {
    case .success(let command):
      exit(command.run())
    case .failure(let error):
      print(error, to: &standardError)
      exit(64)
    }
  }
}
