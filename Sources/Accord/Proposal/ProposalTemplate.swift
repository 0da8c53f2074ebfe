/// The template `accord init` writes. Every `<placeholder>` is rejected by validation until it is filled.
public enum ProposalTemplate {
    public static func text(schemaURL: String) -> String {
        """
        # yaml-language-server: $schema=\(schemaURL)
        # An Accord proposal (format version 1). Replace every <placeholder>, then run:
        #   accord check <this file>
        proposal: 1
        id: <PROP-YYYY-NNN>
        title: <one-line title of the activity>
        submitted_by: <office submitting the proposal>
        date: <YYYY-MM-DD>
        # One of the report's areas, e.g. intelligence-surveillance-reconnaissance, logistics-support,
        # maritime-security, humanitarian-assistance-disaster-relief (see SPEC section 2).
        area: <area>
        # peacetime | emerging-threat | armed-attack-on-japan | armed-attack-on-partner | large-scale-disaster
        situation: <situation>
        participants:
          - country: japan
            organization: <Japanese organization, e.g. Japan Maritime Self-Defense Force>
            role: lead
          - country: united-states
            organization: <U.S. organization, e.g. U.S. Seventh Fleet>
            role: support
        location:
          # japan-territory | high-seas | international-airspace | foreign-territory | space | cyberspace
          kind: <location kind>
          # For foreign-territory, add:  country: <host country>  and  host_nation_consent: true
        # Add use_of_force only if force is used; its absence means none.
        # Asset protection, law enforcement and self-protection are uses of weapons, not of force:
        # put them under use_of_weapons (by, purpose, statute) instead.
        legal_basis:
          - <Japanese statute, e.g. Self-Defense Forces Act>
        amends: []
        commitments: []
        nuclear_weapons:
          activity: none
        coordination:
          mechanism: <e.g. Alliance Coordination Mechanism>
          agencies: [<agency>, <agency>]
        description: |
          <What the activity is, who does what, where and for how long.>

        """
    }
}
