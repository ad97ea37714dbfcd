import FoundationEssentials
import Glibc

/// Runs a job's `on_failure` command once, with the exit code and manifest in its environment.
///
/// The command runs as `/bin/sh -c <command>` in a process group of its own, with ctst's
/// standard input, output and error and no other open file of ctst's; ctst waits for it.
enum FailureHook {
  static func run(_ command: String, status: Int32, manifest: URL?, job: String) {
    var environment = ProcessInfo.processInfo.environment
    environment["CTST_EXIT_CODE"] = String(status)
    environment["CTST_MANIFEST"] = manifest?.path ?? ""
    environment["CTST_JOB"] = job
    let shell = "/bin/sh"
    guard let child = spawn(shell, ["-c", command], environment: environment) else {
      StandardStream.error.write(
        "error: on_failure command could not start: \(shell): \(String(cString: strerror(errno)))\n"
      )
      return
    }
    var outcome: Int32 = 0
    while waitpid(child, &outcome, 0) == -1, errno == EINTR {}
  }

  /// Starts `path` with `arguments` and `environment`; the child's process id, or nil with
  /// `errno` set.
  private static func spawn(
    _ path: String, _ arguments: [String], environment: [String: String]
  ) -> pid_t? {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
    posix_spawnattr_setpgroup(&attributes, 0)
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for descriptor in openDescriptors() where descriptor > 2 {
      posix_spawn_file_actions_addclose(&actions, descriptor)
    }
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var child = pid_t()
    let code = posix_spawn(&child, path, &actions, &attributes, argv, envp)
    guard code == 0 else {
      errno = code
      return nil
    }
    return child
  }

  /// The file descriptors open in this process.
  private static func openDescriptors() -> [Int32] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
    return names.compactMap { Int32($0) }.filter { fcntl($0, F_GETFD) != -1 }
  }
}
