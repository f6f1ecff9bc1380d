namespace HealthLint.Benchmarks.Corpus;

/// <summary>The publishers generated articles come from, and how each kind writes.</summary>
internal static class Sites
{
    /// <summary>Hospitals and clinics: mostly sourced, careful, nearly always with a disclaimer.</summary>
    public static readonly SiteVoice Clinical = new("clinical", ClaimShare: 0.22, SourcedShare: 0.8, GuaranteeShare: 0.003,
        CautionShare: 0.05, DisclaimerVisible: 0.9, DisclaimerHidden: 0.04, FootnoteShare: 0.35);

    /// <summary>Health news: many study results, most of them linked.</summary>
    public static readonly SiteVoice News = new("news", ClaimShare: 0.35, SourcedShare: 0.65, GuaranteeShare: 0.008,
        CautionShare: 0.04, DisclaimerVisible: 0.6, DisclaimerHidden: 0.05, FootnoteShare: 0.1);

    /// <summary>Wellness blogs: enthusiastic, loosely sourced.</summary>
    public static readonly SiteVoice Blog = new("blog", ClaimShare: 0.3, SourcedShare: 0.35, GuaranteeShare: 0.03,
        CautionShare: 0.03, DisclaimerVisible: 0.5, DisclaimerHidden: 0.1, FootnoteShare: 0.25);

    /// <summary>Supplement and remedy shops: promises, few sources, disclaimers often missing or hidden.</summary>
    public static readonly SiteVoice Shop = new("shop", ClaimShare: 0.3, SourcedShare: 0.15, GuaranteeShare: 0.1,
        CautionShare: 0.01, DisclaimerVisible: 0.35, DisclaimerHidden: 0.2, FootnoteShare: 0.05);

    public static readonly IReadOnlyList<Site> All =
    [
        new("Riverside Valley Health", "riversidevalleyhealth.org", "Care close to home", "1200 River Road, Springfield",
            Clinical, ["conditions", "patient-education"], ["Home", "Find a Doctor", "Locations", "Patient Education", "Heart & Vascular", "Cancer Care", "Pay a Bill", "Contact"]),
        new("Northgate Family Clinic", "northgateclinic.co.uk", "Your family's GP practice", "14 Market Street, Northgate",
            Clinical, ["health-a-z", "advice"], ["Home", "Appointments", "Repeat Prescriptions", "Health A–Z", "Our Team", "Contact Us"]),
        new("HealthWire", "healthwire.news", "Health news you can use", "PO Box 4410, New York",
            News, ["news", "research"], ["Latest", "Research", "Nutrition", "Mental Health", "Fitness", "Newsletter", "Podcasts"]),
        new("MedToday", "medtoday.com", "Independent medical journalism", "88 Fleet Lane, London",
            News, ["news", "explainers"], ["News", "Explainers", "Conditions", "Drugs", "Opinion", "Subscribe"]),
        new("The Wellness Journal", "thewellnessjournal.blog", "Living well, naturally", "Portland, Oregon",
            Blog, ["blog", "wellness"], ["Home", "Blog", "Recipes", "Mindfulness", "About Me", "Shop"]),
        new("Green Valley Living", "greenvalleyliving.com", "Natural health for busy families", "Boulder, Colorado",
            Blog, ["blog", "natural-health"], ["Home", "Natural Health", "Family", "Recipes", "Free Guide", "Contact"]),
        new("PureLeaf Naturals", "pureleafnaturals.com", "Remedies from nature", "Unit 7, Oak Business Park",
            Shop, ["shop", "guides"], ["Shop", "Bestsellers", "Bundles", "Guides", "Reviews", "Basket"]),
        new("VitaCore Pharmacy", "vitacorepharmacy.com", "Your online pharmacy", "22 High Street, Bristol",
            Shop, ["health-advice", "products"], ["Shop", "Prescriptions", "Health Advice", "Offers", "Store Finder", "My Account"]),
    ];
}
