extension CountryPlan {
    static let europe: [CountryPlan] = [
        CountryPlan(
            iso: "GB", name: "United Kingdom", callingCode: "44", weight: 8, vobizCurrency: "USD",
            plivoLocalRestriction: .countryAddress,
            areas: [
                Area("20", 8, "London", "England"), Area("161", 7, "Manchester", "England"),
                Area("121", 7, "Birmingham", "England"), Area("113", 7, "Leeds", "England"),
                Area("131", 7, "Edinburgh", "Scotland"), Area("141", 7, "Glasgow", "Scotland"),
            ],
            mobile: Range(["74", "75", "77", "78", "79"], 8),
            tollfree: Range(["800", "808"], 7),
            national: Range(["330", "333"], 7)
        ),
        CountryPlan(
            iso: "DE", name: "Germany", callingCode: "49", weight: 5, vobizCurrency: "EUR",
            plivoLocalRestriction: .cityAddress,
            areas: [
                Area("30", 8, "Berlin", "Berlin"), Area("89", 8, "Munich", "Bavaria"),
                Area("40", 8, "Hamburg", "Hamburg"), Area("69", 8, "Frankfurt", "Hesse"),
                Area("221", 7, "Cologne", "North Rhine-Westphalia"),
            ],
            mobile: Range(["151", "160", "170", "176"], 8),
            tollfree: Range(["800"], 7)
        ),
        CountryPlan(
            iso: "FR", name: "France", callingCode: "33", weight: 4, vobizCurrency: "EUR",
            plivoLocalRestriction: .cityAddress,
            areas: [
                Area("1", 8, "Paris", "Ile-de-France"), Area("4", 8, "Lyon", "Auvergne-Rhone-Alpes"),
                Area("5", 8, "Toulouse", "Occitanie"), Area("2", 8, "Nantes", "Pays de la Loire"),
                Area("3", 8, "Lille", "Hauts-de-France"),
            ],
            mobile: Range(["6", "7"], 8),
            tollfree: Range(["800"], 6),
            national: Range(["9"], 8)
        ),
        CountryPlan(
            iso: "NL", name: "Netherlands", callingCode: "31", weight: 3, vobizCurrency: "EUR",
            plivoLocalRestriction: .countryAddress,
            areas: [
                Area("20", 7, "Amsterdam", "North Holland"), Area("10", 7, "Rotterdam", "South Holland"),
                Area("70", 7, "The Hague", "South Holland"), Area("30", 7, "Utrecht", "Utrecht"),
            ],
            mobile: Range(["6"], 8),
            tollfree: Range(["800"], 7),
            national: Range(["85"], 7)
        ),
        CountryPlan(
            iso: "ES", name: "Spain", callingCode: "34", weight: 3, vobizCurrency: "EUR",
            plivoLocalRestriction: .countryAddress,
            areas: [
                Area("91", 7, "Madrid", "Madrid"), Area("93", 7, "Barcelona", "Catalonia"),
                Area("96", 7, "Valencia", "Valencia"), Area("95", 7, "Seville", "Andalusia"),
            ],
            mobile: Range(["6", "7"], 8),
            tollfree: Range(["900"], 6)
        ),
        CountryPlan(
            iso: "IT", name: "Italy", callingCode: "39", weight: 3, vobizCurrency: "EUR",
            plivoLocalRestriction: .cityAddress,
            areas: [
                Area("06", 8, "Rome", "Lazio"), Area("02", 8, "Milan", "Lombardy"),
                Area("081", 7, "Naples", "Campania"), Area("011", 7, "Turin", "Piedmont"),
            ],
            mobile: Range(["320", "333", "347", "389"], 7),
            tollfree: Range(["800"], 6)
        ),
        CountryPlan(
            iso: "SE", name: "Sweden", callingCode: "46", weight: 2, vobizCurrency: "EUR",
            areas: [
                Area("8", 7, "Stockholm", "Stockholm"), Area("31", 7, "Gothenburg", "Vastra Gotaland"),
                Area("40", 7, "Malmo", "Skane"), Area("18", 6, "Uppsala", "Uppsala"),
            ],
            mobile: Range(["70", "72", "73", "76"], 7),
            tollfree: Range(["20"], 7)
        ),
        CountryPlan(
            iso: "IE", name: "Ireland", callingCode: "353", weight: 2, vobizCurrency: "EUR",
            plivoLocalRestriction: .countryAddress,
            areas: [
                Area("1", 7, "Dublin", "Leinster"), Area("21", 7, "Cork", "Munster"),
                Area("91", 7, "Galway", "Connacht"), Area("61", 6, "Limerick", "Munster"),
            ],
            mobile: Range(["83", "85", "86", "87", "89"], 7),
            tollfree: Range(["1800"], 6),
            national: Range(["76"], 7)
        ),
        CountryPlan(
            iso: "CH", name: "Switzerland", callingCode: "41", weight: 2, vobizCurrency: "EUR",
            plivoLocalRestriction: .countryAddress,
            areas: [
                Area("44", 7, "Zurich", "Zurich"), Area("22", 7, "Geneva", "Geneva"),
                Area("61", 7, "Basel", "Basel-Stadt"), Area("31", 7, "Bern", "Bern"),
            ],
            mobile: Range(["76", "77", "78", "79"], 7),
            tollfree: Range(["800"], 6)
        ),
        CountryPlan(
            iso: "BE", name: "Belgium", callingCode: "32", weight: 2, vobizCurrency: "EUR",
            plivoLocalRestriction: .cityAddress,
            areas: [
                Area("2", 7, "Brussels", "Brussels"), Area("3", 7, "Antwerp", "Flanders"),
                Area("9", 7, "Ghent", "Flanders"), Area("4", 7, "Liege", "Wallonia"),
            ],
            mobile: Range(["470", "475", "485", "495"], 6),
            tollfree: Range(["800"], 5)
        ),
    ]

    static let middleEastAfrica: [CountryPlan] = [
        CountryPlan(
            iso: "ZA", name: "South Africa", callingCode: "27", weight: 2, vobizCurrency: "USD",
            plivoLocalRestriction: .countryAddress,
            areas: [
                Area("11", 7, "Johannesburg", "Gauteng"), Area("21", 7, "Cape Town", "Western Cape"),
                Area("31", 7, "Durban", "KwaZulu-Natal"), Area("12", 7, "Pretoria", "Gauteng"),
            ],
            mobile: Range(["60", "71", "72", "82", "83"], 7),
            tollfree: Range(["800"], 6)
        ),
        CountryPlan(
            iso: "AE", name: "United Arab Emirates", callingCode: "971", weight: 2, vobizCurrency: "USD",
            plivoLocalRestriction: .countryAddress,
            areas: [
                Area("4", 7, "Dubai", "Dubai"), Area("2", 7, "Abu Dhabi", "Abu Dhabi"),
                Area("6", 7, "Sharjah", "Sharjah"),
            ],
            mobile: Range(["50", "52", "54", "55", "56", "58"], 7),
            tollfree: Range(["800"], 7)
        ),
    ]
}
