import ReportForums
import ReportKernel
import ReportTestSupport

extension ScratchWorkspace {
  /// The workspace loaded with every forum module `ctst` ships, as the commands load it.
  func loaded() -> Checked<Workspace> {
    WorkspaceLoader(root: root.path, registry: ForumRegistry.all).load()
  }
}
