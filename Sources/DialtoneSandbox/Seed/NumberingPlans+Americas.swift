extension CountryPlan {
    static let americas: [CountryPlan] = [
        CountryPlan(
            iso: "US", name: "United States", callingCode: "1", weight: 18, vobizCurrency: "USD",
            areas: [
                .nanp("415", "San Francisco", "CA", "California", "SNFC CNTRL", 722),
                .nanp("213", "Los Angeles", "CA", "California", "LSAN DA 01", 730),
                .nanp("212", "New York", "NY", "New York", "NWYRCYZN01", 132),
                .nanp("646", "New York", "NY", "New York", "NWYRCYZN03", 132),
                .nanp("312", "Chicago", "IL", "Illinois", "CHICAGO", 358),
                .nanp("206", "Seattle", "WA", "Washington", "SEATTLE", 674),
                .nanp("617", "Boston", "MA", "Massachusetts", "BOSTON", 128),
                .nanp("305", "Miami", "FL", "Florida", "MIAMI", 460),
                .nanp("512", "Austin", "TX", "Texas", "AUSTIN", 558),
                .nanp("214", "Dallas", "TX", "Texas", "DALLAS", 552),
                .nanp("404", "Atlanta", "GA", "Georgia", "ATLANTA", 438),
                .nanp("303", "Denver", "CO", "Colorado", "DENVER", 656),
                .nanp("702", "Las Vegas", "NV", "Nevada", "LAS VEGAS", 721),
                .nanp("615", "Nashville", "TN", "Tennessee", "NASHVILLE", 468),
                .nanp("602", "Phoenix", "AZ", "Arizona", "PHOENIX", 666),
            ],
            tollfree: Range(["800", "833", "844", "855", "866", "877", "888"], 7)
        ),
        CountryPlan(
            iso: "CA", name: "Canada", callingCode: "1", weight: 6, vobizCurrency: "USD",
            areas: [
                .nanp("416", "Toronto", "ON", "Ontario", "TORONTO", nil),
                .nanp("647", "Toronto", "ON", "Ontario", "TORONTO", nil),
                .nanp("604", "Vancouver", "BC", "British Columbia", "VANCOUVER", nil),
                .nanp("514", "Montreal", "QC", "Quebec", "MONTREAL", nil),
                .nanp("403", "Calgary", "AB", "Alberta", "CALGARY", nil),
                .nanp("613", "Ottawa", "ON", "Ontario", "OTTAWA HULL", nil),
            ],
            tollfree: Range(["800", "844", "855", "866", "877", "888"], 7)
        ),
        CountryPlan(
            iso: "BR", name: "Brazil", callingCode: "55", weight: 4, vobizCurrency: "USD",
            plivoLocalRestriction: .countryAddress,
            areas: [
                Area("11", 8, "Sao Paulo", "Sao Paulo"), Area("21", 8, "Rio de Janeiro", "Rio de Janeiro"),
                Area("31", 8, "Belo Horizonte", "Minas Gerais"), Area("61", 8, "Brasilia", "Distrito Federal"),
            ],
            mobile: Range(["119", "219", "319"], 8),
            tollfree: Range(["800"], 7)
        ),
        CountryPlan(
            iso: "MX", name: "Mexico", callingCode: "52", weight: 3, vobizCurrency: "USD",
            areas: [
                Area("55", 8, "Mexico City", "Ciudad de Mexico"), Area("33", 8, "Guadalajara", "Jalisco"),
                Area("81", 8, "Monterrey", "Nuevo Leon"), Area("222", 7, "Puebla", "Puebla"),
            ],
            tollfree: Range(["800"], 7)
        ),
    ]

    static let asiaPacific: [CountryPlan] = [
        CountryPlan(
            iso: "IN", name: "India", callingCode: "91", weight: 14, vobizCurrency: "INR",
            plivoLocalRestriction: .countryAddress,
            areas: [
                Area("80", 8, "Bengaluru", "Karnataka"), Area("22", 8, "Mumbai", "Maharashtra"),
                Area("20", 8, "Pune", "Maharashtra"), Area("11", 8, "New Delhi", "Delhi"),
                Area("44", 8, "Chennai", "Tamil Nadu"), Area("40", 8, "Hyderabad", "Telangana"),
                Area("33", 8, "Kolkata", "West Bengal"), Area("79", 8, "Ahmedabad", "Gujarat"),
            ],
            mobile: Range(["70", "73", "77", "80", "81", "88", "90", "91", "93", "97", "98", "99"], 8),
            tollfree: Range(["1800"], 7)
        ),
        CountryPlan(
            iso: "AU", name: "Australia", callingCode: "61", weight: 4, vobizCurrency: "USD",
            plivoLocalRestriction: .countryAddress,
            areas: [
                Area("2", 8, "Sydney", "New South Wales"), Area("3", 8, "Melbourne", "Victoria"),
                Area("7", 8, "Brisbane", "Queensland"), Area("8", 8, "Perth", "Western Australia"),
            ],
            mobile: Range(["4"], 8),
            tollfree: Range(["1800"], 6)
        ),
        CountryPlan(
            iso: "SG", name: "Singapore", callingCode: "65", weight: 2, vobizCurrency: "USD",
            areas: [Area("6", 7, "Singapore", "Singapore")],
            mobile: Range(["8", "9"], 7),
            tollfree: Range(["800"], 7)
        ),
        CountryPlan(
            iso: "JP", name: "Japan", callingCode: "81", weight: 3, vobizCurrency: "USD",
            plivoLocalRestriction: .countryAddress,
            areas: [
                Area("3", 8, "Tokyo", "Tokyo"), Area("6", 8, "Osaka", "Osaka"),
                Area("52", 7, "Nagoya", "Aichi"), Area("45", 7, "Yokohama", "Kanagawa"),
                Area("92", 7, "Fukuoka", "Fukuoka"),
            ],
            tollfree: Range(["120"], 6),
            national: Range(["50"], 8)
        ),
        CountryPlan(
            iso: "NZ", name: "New Zealand", callingCode: "64", weight: 2, vobizCurrency: "USD",
            areas: [
                Area("9", 7, "Auckland", "Auckland"), Area("4", 7, "Wellington", "Wellington"),
                Area("3", 7, "Christchurch", "Canterbury"),
            ],
            mobile: Range(["21", "22", "27"], 7),
            tollfree: Range(["800"], 6)
        ),
        CountryPlan(
            iso: "PH", name: "Philippines", callingCode: "63", weight: 2, vobizCurrency: "USD",
            areas: [
                Area("2", 8, "Manila", "Metro Manila"), Area("32", 7, "Cebu City", "Cebu"),
                Area("82", 7, "Davao City", "Davao"),
            ],
            mobile: Range(["917", "918", "927", "998"], 7),
            tollfree: Range(["1800"], 7)
        ),
    ]
}
