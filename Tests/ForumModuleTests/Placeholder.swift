// ForumModuleTests
