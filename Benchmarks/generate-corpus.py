#!/usr/bin/env python3
"""Writes N realistic, varied Accord proposals of about 2 KB each, deterministically from a seed.

Usage: generate-corpus.py OUT_DIR [--count N] [--seed S]

All areas and situations occur; some proposals violate premises (strike by Japan,
binding commitments, missing consent, the United States as primary, legally binding
text), some are undetermined, about a fifth are written in Japanese, and negated
phrasings that must not fire are mixed in.
"""
import argparse
import os
import random

AREAS = [
    "intelligence-surveillance-reconnaissance", "training-and-exercises", "use-of-facilities-and-areas",
    "logistics-support", "asset-protection", "air-and-missile-defense", "protection-of-facilities-and-areas",
    "search-and-rescue", "economic-sanctions-effectiveness", "noncombatant-evacuation", "refugee-measures",
    "maritime-security", "response-to-armed-attack", "disaster-response", "peacekeeping-operations",
    "humanitarian-assistance-disaster-relief", "capacity-building", "space", "cyberspace",
    "defense-equipment-and-technology", "information-security", "educational-and-research-exchanges",
    "arms-control-verification",
]
SITUATIONS = ["peacetime", "emerging-threat", "armed-attack-on-japan", "armed-attack-on-partner", "large-scale-disaster"]
JAPANESE_ORGS = ["Japan Maritime Self-Defense Force", "Japan Ground Self-Defense Force", "Japan Air Self-Defense Force",
                 "Joint Staff", "Japan Coast Guard"]
US_ORGS = ["U.S. Seventh Fleet", "U.S. Forces Japan", "III Marine Expeditionary Force", "Fifth Air Force", "U.S. Army Japan"]
OTHERS = ["australia", "philippines", "india", "united-kingdom", "canada", "france"]
JAPANESE_LAW = ["Self-Defense Forces Act", "Armed Attack Situations Act", "Japan Coast Guard Act",
                "Disaster Countermeasures Basic Act", "Act on Cooperation with United Nations Peacekeeping Operations",
                "自衛隊法", "海上保安庁法", "災害対策基本法"]
INTERNATIONAL = ["UN Charter Article 51", "United Nations Convention on the Law of the Sea", "UNSC Resolution 2397"]
AGENCIES = ["Ministry of Defense", "Ministry of Foreign Affairs", "Department of Defense", "Department of State",
            "Cabinet Secretariat", "National Security Secretariat"]

EN_SENTENCES = [
    "The two governments will conduct the activity in close coordination through the existing mechanisms.",
    "Each side plans and executes its own part of the activity under its own chain of command.",
    "The activity does not create legal obligations for either government.",
    "Participating units share a common operational picture over a secure link.",
    "The results will be reflected in each government's plans based on its own judgment.",
    "Japan will never permit the introduction of nuclear weapons in connection with this activity.",
    "Lessons learned are reviewed jointly at the end of each phase.",
    "Not only the ministries but also local governments are consulted before each phase.",
    "Liaison officers are exchanged between the operations centers for the duration of the activity.",
    "Safety of navigation and of civilian aircraft is ensured at all times.",
]
EN_VIOLATIONS = [
    "This arrangement is legally binding on both governments.",
    "The Self-Defense Forces will conduct strike operations against the launch sites.",
    "The Government of Japan shall enact implementing legislation within one year.",
]
JA_SENTENCES = [
    "両政府は既存の調整メカニズムを通じて緊密に調整しつつ本活動を実施する。",
    "各国はそれぞれの指揮系統の下で自らの活動を計画し実施する。",
    "本取決めは両政府に対して法的拘束力を有しない。",
    "参加部隊は安全な回線を通じて共通作戦状況図を共有する。",
    "日本は本活動に関連して核兵器を持ち込ませない。",
    "各段階の終了時に教訓を共同で検討する。",
]
JA_VIOLATIONS = [
    "本取決めは両政府に対して法的拘束力を有する。",
    "自衛隊が打撃作戦を実施する。",
]


def quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def proposal(rng, index):
    japanese = rng.random() < 0.2
    violating = rng.random() < 0.25
    situation = SITUATIONS[index % len(SITUATIONS)]
    area = AREAS[index % len(AREAS)]
    lines = [
        "proposal: 1",
        f"id: BENCH-{index:06d}",
        f"title: {quote(('二国間' if japanese else 'Bilateral ') + area.replace('-', ' ') + (' 協力 ' if japanese else ' cooperation ') + str(index))}",
        "submitted_by: Joint Staff J5",
        f"date: 20{rng.randint(14, 26):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        f"area: {area}",
        f"situation: {situation}",
        "participants:",
        "  - country: japan",
        f"    organization: {rng.choice(JAPANESE_ORGS)}",
        "    role: lead",
        "  - country: united-states",
        f"    organization: {rng.choice(US_ORGS)}",
        "    role: support",
    ]
    if rng.random() < 0.3:
        lines += [f"  - country: {rng.choice(OTHERS)}", "    organization: Partner naval forces", "    role: participant"]
    kind = rng.choice(["japan-territory", "high-seas", "international-airspace", "foreign-territory", "space", "cyberspace"])
    lines += ["location:", f"  kind: {kind}"]
    if kind == "foreign-territory":
        lines.append(f"  country: {rng.choice(OTHERS)}")
        consent = rng.random()
        if consent < 0.8:
            lines.append("  host_nation_consent: true")
        elif consent < 0.9:
            lines.append("  host_nation_consent: false")
    if situation in ("armed-attack-on-japan", "armed-attack-on-partner") or rng.random() < 0.1:
        by = ["japan", "united-states"] if rng.random() < 0.7 else ["united-states"]
        purpose = {"armed-attack-on-japan": "individual-self-defense", "armed-attack-on-partner": "collective-self-defense"}.get(situation, "asset-protection")
        if violating and rng.random() < 0.3:
            purpose = "strike"
        lines += ["use_of_force:", f"  by: [{', '.join(by)}]", f"  purpose: {purpose}"]
        if purpose == "collective-self-defense":
            lines += ["  conditions:", "    threat_to_survival: true", "    no_other_means: true",
                      f"    minimum_necessary: {'false' if violating else 'true'}"]
        lines += ["responsibility:", f"  primary: {'united-states' if violating and situation == 'armed-attack-on-japan' else 'japan'}"]
    basis = rng.sample(JAPANESE_LAW, 2) + ([rng.choice(INTERNATIONAL)] if rng.random() < 0.8 else [])
    if "use_of_force:" in lines:
        basis.append("UN Charter Article 51")
    if rng.random() < 0.05:
        basis = []
    if basis:
        lines.append("legal_basis:")
        lines += [f"  - {quote(item)}" for item in basis]
    lines += ["amends: []", "commitments:", f"  - type: {rng.choice(['budgetary', 'administrative'])}",
              f"    binding: {'true' if violating and rng.random() < 0.3 else 'false'}",
              "    text: Each government will reflect the results in its budget based on its own judgment.",
              "nuclear_weapons:", "  activity: none"]
    if rng.random() < 0.9:
        lines += ["coordination:", "  mechanism: Alliance Coordination Mechanism",
                  f"  agencies: [{', '.join(rng.sample(AGENCIES, 3))}]"]
    lines += ["information_sharing:", f"  classification: {rng.choice(['unclassified', 'confidential', 'secret'])}",
              "  protection: Japan-U.S. General Security of Military Information Agreement (GSOMIA)"]
    sentences = JA_SENTENCES if japanese else EN_SENTENCES
    violations = JA_VIOLATIONS if japanese else EN_VIOLATIONS
    body = [rng.choice(sentences) for _ in range(rng.randint(4, 7))]
    if violating:
        body.insert(rng.randrange(len(body) + 1), rng.choice(violations))
    text = "\n".join(lines) + "\ndescription: |\n"
    text += "".join(f"  {sentence}\n" for sentence in body)
    while len(text.encode()) < 1900:
        text += f"  {rng.choice(sentences)}\n"
    return text


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=2014)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    for index in range(args.count):
        with open(os.path.join(args.out, f"p{index:06d}.yaml"), "w", encoding="utf-8") as handle:
            handle.write(proposal(rng, index))


if __name__ == "__main__":
    main()
