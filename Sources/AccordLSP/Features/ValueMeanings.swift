import Accord

/// What each value of the proposal format's enumerations means, for completion. The values
/// themselves are the engine's (`ProposalSchema`); a test checks that every one has a meaning here.
enum ValueMeanings {
    static let meanings: [String: String] = [
        // situation
        "peacetime": "no emerging threat and no armed attack: routine cooperation",
        "emerging-threat": "a threat that may grow into an armed attack, or a situation short of one that still needs a swift, robust response (report V)",
        "armed-attack-on-japan": "an armed attack against Japan has occurred: Japan has primary responsibility to repel it, the United States supports (report V)",
        "armed-attack-on-partner": "an armed attack against a country in close relationship with Japan, where Japan's use of force may be permitted under the cabinet decision of 1 July 2014",
        "large-scale-disaster": "a large-scale disaster in Japan, as the Great East Japan Earthquake (report V)",
        // participants[].role
        "lead": "leads the activity",
        "support": "supports the lead participant",
        "participant": "takes part without leading or supporting",
        // location.kind
        "japan-territory": "Japan's land, territorial waters and airspace",
        "high-seas": "waters beyond any state's territorial sea",
        "international-airspace": "airspace over the high seas",
        "foreign-territory": "another state's territory: name it in `location.country`; its consent is expected (`host_nation_consent`)",
        "space": "outer space (report VII)",
        "cyberspace": "cyberspace (report VII)",
        // use_of_force.purpose
        "individual-self-defense": "self-defense of the state attacked (UN Charter Article 51)",
        "collective-self-defense": "defense of another state that was attacked and asked for help; for Japan, only under the three conditions of 1 July 2014",
        "un-authorized": "an operation a UN Security Council resolution authorizes",
        "strike": "strike operations, which the United States provides in support (report V)",
        "asset-protection": "protecting the weapons and equipment of the Self-Defense Forces or U.S. forces (a use of weapons, not of force: write it under `use_of_weapons`); as an area, report V",
        // use_of_weapons.purpose
        "law-enforcement": "a use of weapons in law enforcement, e.g. maritime policing",
        "self-protection": "a use of weapons to protect oneself and those under one's control",
        // commitments[].type
        "legislative": "a commitment to enact or amend legislation",
        "budgetary": "a commitment of budget or cost sharing",
        "administrative": "a commitment to administrative action",
        "legal": "a commitment with legal force, such as an agreement between governments",
        // nuclear_weapons.activity
        "none": "no nuclear weapons involved",
        "possess": "possessing nuclear weapons (against the three non-nuclear principles)",
        "produce": "producing nuclear weapons (against the three non-nuclear principles)",
        "introduce": "introducing nuclear weapons into Japan (against the three non-nuclear principles)",
        // information_sharing.classification
        "unclassified": "no classified information",
        "confidential": "classified confidential",
        "secret": "classified secret",
        "top-secret": "classified top secret",
        // participants[].country, use_of_force.by, responsibility.primary
        "japan": "Japan",
        "united-states": "the United States",
        // area: the report's lists
        "intelligence-surveillance-reconnaissance": "report V and VI: Intelligence, Surveillance, and Reconnaissance",
        "training-and-exercises": "report V: Training and Exercises",
        "use-of-facilities-and-areas": "report V: Use of Facilities and Areas",
        "logistics-support": "report V and VI: Logistics Support",
        "air-and-missile-defense": "report V: Air and Missile Defense",
        "protection-of-facilities-and-areas": "report V: Protection of Facilities and Areas",
        "search-and-rescue": "report V: Search and Rescue",
        "economic-sanctions-effectiveness": "report V: Activities for Ensuring the Effectiveness of Economic Sanctions",
        "noncombatant-evacuation": "report V and VI: Noncombatant Evacuation Operations",
        "refugee-measures": "report V: Measures to Deal with Refugees",
        "maritime-security": "report V and VI: Maritime Security",
        "response-to-armed-attack": "report V: cooperation in response to an armed attack against Japan",
        "disaster-response": "report V: cooperation in a large-scale disaster in Japan",
        "peacekeeping-operations": "report VI: Peacekeeping Operations",
        "humanitarian-assistance-disaster-relief": "report VI: International Humanitarian Assistance/Disaster Relief",
        "capacity-building": "report VI: Capacity Building",
        "defense-equipment-and-technology": "report VIII: Defense Equipment and Technology Cooperation",
        "information-security": "report VIII: Information Security",
        "educational-and-research-exchanges": "report VIII: Educational and Research Exchanges",
    ]

    /// The values a field offers (an enumeration, or the known names of an identifier), with what
    /// the field itself holds; nil for a field that has no such list.
    static func values(at schemaPath: String) -> (values: [String], fieldSummary: String?)? {
        guard let type = ProposalSchema.type(at: schemaPath) else { return nil }
        let summary = FieldDocumentation.field(at: schemaPath)?.summary
        switch type {
        case .enumeration(let values): return (values, summary)
        case .identifier(let known) where !known.isEmpty: return (known, summary)
        case .list(.enumeration(let values), _): return (values, summary)
        case .list(.identifier(let known), _) where !known.isEmpty: return (known, summary)
        default: return nil
        }
    }
}
