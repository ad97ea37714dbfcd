import FoundationEssentials
import Glibc

/// The run directories of an export folder: naming, publishing, the `latest` link, retention.
enum RunDirectories {
  /// `20261129T013000Z`: sortable, one per second; the moment written by
  /// ``UTCTimestamp/compact(_:)``, so it is the manifest's `started` without separators.
  static func name(for date: Date) -> String {
    UTCTimestamp.compact(date)
  }

  /// The run name for `date`, with `-2`, `-3` … when a run of the same second exists.
  static func uniqueName(for date: Date, in directory: URL) -> String {
    let base = name(for: date)
    var candidate = base
    var counter = 2
    while FileManager.default.fileExists(atPath: directory.appendingPathComponent(candidate).path) {
      candidate = "\(base)-\(counter)"
      counter += 1
    }
    return candidate
  }

  /// Whether `name` is a run directory's name.
  static func isRunName(_ name: String) -> Bool {
    let stem = name.split(separator: "-").first.map(String.init) ?? ""
    return stem.count == 16 && stem.hasSuffix("Z") && stem.dropFirst(8).first == "T"
      && stem.filter(\.isNumber).count == 14
  }

  /// Renames the complete staging folder to its final name.
  static func publish(_ staging: URL, as final: URL) throws {
    guard rename(staging.path, final.path) == 0 else {
      throw OutputError(path: final.path, reason: String(cString: strerror(errno)))
    }
  }

  /// Points the `latest` symbolic link at `name`, replacing it atomically.
  static func pointLatest(in directory: URL, to name: String) throws {
    let link = directory.appendingPathComponent("latest").path
    let temporary = directory.appendingPathComponent(".latest-\(getpid())").path
    unlink(temporary)
    guard symlink(name, temporary) == 0, rename(temporary, link) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw OutputError(path: link, reason: reason)
    }
  }

  /// Removes the oldest runs beyond `keep`, never `sparing`, and leftover incomplete folders
  /// of dead runs. Returns what was removed.
  static func prune(in directory: URL, keep: Int, sparing: String) -> [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    var removed: [URL] = []
    for name in names where name.hasPrefix(".incomplete-") {
      let url = directory.appendingPathComponent(name)
      if (try? FileManager.default.removeItem(at: url)) != nil { removed.append(url) }
    }
    let runs = names.filter(isRunName).sorted()
    let excess = runs.filter { $0 != sparing }.dropLast(max(0, keep - 1))
    for name in excess {
      let url = directory.appendingPathComponent(name)
      if (try? FileManager.default.removeItem(at: url)) != nil { removed.append(url) }
    }
    return removed
  }
}
