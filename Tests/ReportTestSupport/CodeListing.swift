/// What a lead is told after an unknown economy code that is near no economy's code or name,
/// for the 21 economies of the fixture workspace (`Tests/Fixtures/workspace`) in APEC's order
/// (as its `config/economies.yaml` lists them), written out by hand.
public let fixtureCodeListing =
  "; write one of the codes: AUS (Australia), BRN (Brunei Darussalam), CAN (Canada),"
  + " CHL (Chile), CHN (China), HKG (Hong Kong, China), IDN (Indonesia), JPN (Japan),"
  + " KOR (Korea), MYS (Malaysia), MEX (Mexico), NZL (New Zealand), PNG (Papua New Guinea),"
  + " PER (Peru), PHL (The Philippines), RUS (Russia), SGP (Singapore), TWN (Chinese Taipei),"
  + " THA (Thailand), USA (United States), VNM (Viet Nam)"
