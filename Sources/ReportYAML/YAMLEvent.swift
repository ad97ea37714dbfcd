/// One libyaml parser event, copied into Swift values so no C memory outlives the call that
/// produced it.
enum YAMLEvent {
  case streamStart
  case streamEnd
  case documentStart(Mark)
  case documentEnd
  case alias(anchor: String, mark: Mark)
  case scalar(anchor: String?, tag: String?, scalar: YAMLScalar, mark: Mark)
  case sequenceStart(anchor: String?, tag: String?, mark: Mark)
  case sequenceEnd
  case mappingStart(anchor: String?, tag: String?, mark: Mark)
  case mappingEnd
}
