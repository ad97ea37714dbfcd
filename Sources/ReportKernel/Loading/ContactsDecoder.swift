/// Decodes `contacts:` in `config/ctst.yaml`: who to ask for a forum's submission while none
/// has been received (a received submission's own `contact:` takes precedence).
///
///     contacts:
///       - forum: CTTF
///         name: "CTTF Chair"
///         email: cttf-chair@example.org
enum ContactsDecoder {
  static func decode(_ reader: ValueReader) -> [String: Submission.Contact] {
    var contacts: [String: Submission.Contact] = [:]
    _ = reader.list { item -> Bool? in
      guard let map = item.mapping(allowedKeys: ["forum", "name", "email"]) else { return nil }
      defer { map.finish() }
      let forumReader = map.required("forum")
      let forum = forumReader?.nonEmptyString()
      let name = map.required("name")?.nonEmptyString()
      let email = map.optional("email")?.nonEmptyString()
      guard let forum, let name else { return nil }
      if contacts[forum] != nil, let forumReader {
        forumReader.fail(
          "forum '\(forum)' has two contacts; keep one entry per forum",
          code: "config.duplicate_contact")
      }
      contacts[forum] = Submission.Contact(name: name, email: email)
      return true
    }
    return contacts
  }
}
