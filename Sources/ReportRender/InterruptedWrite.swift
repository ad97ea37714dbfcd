/// What a signal does while an ``OutputWriter`` writes, for a command that must not leave its
/// unfinished files behind when it is stopped (by `timeout`, systemd, a cron daemon's shutdown
/// or Ctrl-C).
///
/// While the formats are rendered and moved into place, each signal of ``notices`` removes
/// every temporary file of the write, writes its notice on standard error and ends the
/// process with its status. Files already moved into place stay (they are complete), and a
/// file under a final name is never partial. Before and after the write, and for a signal the
/// process ignores (`nohup`) or handles itself, nothing changes. See ``SignalCleanup``.
public struct InterruptedWrite: Sendable {
  /// What one signal does.
  public struct Notice: Sendable {
    /// The signal (`SIGTERM`, ...).
    public let signal: Int32
    /// The process's exit status.
    public let status: Int32
    /// The line written on standard error, without its line break.
    public let message: String

    /// A notice: `signal` ends the process with `status` after writing `message`.
    public init(signal: Int32, status: Int32, message: String) {
      self.signal = signal
      self.status = status
      self.message = message
    }
  }

  /// The signals handled, each with its line and status.
  public let notices: [Notice]
  /// Called with the name of each step of the write while the signals are handled: `render`
  /// once every format is in its temporary file, `place` after each file is moved into place
  /// (tests pause here). Nil: nothing is called.
  public let step: (@Sendable (String) -> Void)?

  /// Handles the signals of `notices` during a write, calling `step` at each step.
  public init(notices: [Notice], step: (@Sendable (String) -> Void)? = nil) {
    self.notices = notices
    self.step = step
  }
}
