/// What a lead is told after an unknown economy code that is near no economy's code or name,
/// for the 21 economies of the fixture workspace (`Tests/Fixtures/workspace`), written out by
/// hand.
public let fixtureCodeListing =
  "; write one of the codes: AUS (Australia), BRN (Brunei Darussalam), CAN (Canada),"
  + " CHL (Chile), CHN (China), HKG (Hong Kong, China), IDN (Indonesia), JPN (Japan), KOR (Korea),"
  + " MEX (Mexico), MYS (Malaysia), NZL (New Zealand), PER (Peru), PHL (The Philippines),"
  + " PNG (Papua New Guinea), RUS (Russia), SGP (Singapore), THA (Thailand), TWN (Chinese Taipei),"
  + " USA (United States), VNM (Viet Nam)"
