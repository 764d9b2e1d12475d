"""Probe: English chest CT results written for patients, as shown in patient portals: patient-friendly
summaries, "What this means for you" sections and plain-language versions, sometimes followed by the
radiologist's technical lines. Findings are given in plain words ("a small spot on your lung", "some fluid
around the lung", "your heart is a little enlarged", "hardening of the heart arteries", "part of the lung has
collapsed a little", "the airways are widened", "swollen glands in the chest", "part of your stomach has moved
up into your chest"), with reassurance ("nothing to worry about"), plain-word denials ("there is no fluid",
"no swollen glands"), resolved findings, negative controls (spot check, fluid intake, heart rate, calcium
score of zero) and mixes of plain and technical text. Labels follow the meaning as a radiologist would read
it. The reports were written for this file without looking at the engine's lexicon or cue lists.
Convention (CT-RATE): 1 when present or hedged, 0 when denied, resolved, or not mentioned."""
from __future__ import annotations

from findings import (
    ATL,
    AWC,
    BRX,
    CAC,
    CM,
    CON,
    EMP,
    FIB,
    HH,
    IST,
    LN,
    MM,
    MOS,
    NOD,
    OPA,
    PBT,
    PCE,
    PE,
    probe_tests,
)

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ("els-01", "en",
     ("Your CT scan results. What we found: There is a small spot on your right lung, about 5 mm across. "
      "Spots this small are very common and are almost always harmless, but we would like to repeat the scan "
      "in 12 months to make sure it does not change. There is no fluid around your lungs. "
      "Your heart looks normal in size."),
     {NOD}),
    ("els-02", "en",
     ("Plain-language summary: Part of your lower left lung has collapsed a little, which often happens when "
      "you are not breathing deeply after surgery. There is also some fluid around the left lung. "
      "What this means for you: these usually get better as you move around and breathe deeply. "
      "Radiologist's report: Small left pleural effusion with adjacent compressive atelectasis of the left "
      "lower lobe."),
     {ATL, PE}),
    ("els-03", "en",
     ("Your heart is a little enlarged. There is calcium build-up in the walls of the arteries that supply "
      "your heart (the coronary arteries). This is a sign of hardening of the arteries and is something your "
      "doctor may want to discuss with you, including cholesterol medicines. Your lungs are clear."),
     {CM, CAC}),
    ("els-04", "en",
     ("What we found: Damage from smoking that makes the air sacs in your lungs larger (this is called "
      "emphysema). It is mostly at the top of both lungs. We did not see any spots or growths. "
      "There are no swollen glands in your chest. What this means for you: stopping smoking is the most "
      "important thing you can do for your lungs."),
     {EMP}),
    ("els-05", "en",
     ("This scan was a routine spot check as part of the lung screening program. Good news: your lungs look "
      "healthy and we did not find any spots that need follow-up. Your heart rate was slightly fast during "
      "the scan, which is common when people are nervous, and it did not affect the pictures. "
      "Please keep up your fluid intake today. Nothing to worry about."),
     set()),
    ("els-06", "en",
     ("Summary for patients: There is some scarring in the lower part of your right lung from an old "
      "infection. This is like a healed scar and is nothing to worry about. The airways in that area are a "
      "little widened (bronchiectasis), which can happen after past infections. No new problems were found."),
     {FIB, BRX}),
    ("els-07", "en",
     ("Part of your stomach has moved up into your chest through the opening in your diaphragm (a hiatal "
      "hernia). This is common and can cause heartburn. Your lungs and heart look normal. "
      "There is no fluid around the heart."),
     {HH}),
    ("els-08", "en",
     ("Your results: There are some swollen glands (lymph nodes) in the middle of your chest, the largest "
      "about 1.8 cm. These can be caused by infection, inflammation, or other conditions, and your doctor may "
      "recommend more tests. Technical findings: Mediastinal lymphadenopathy, largest right paratracheal node "
      "18 mm short axis. No pleural effusion."),
     {LN}),
    ("els-09", "en",
     ("What this means for you: the pneumonia you had in March has cleared up. The area of your right lung "
      "that was filled with infection now looks normal. There is no fluid around the lung anymore. "
      "Your heart is normal in size."),
     set()),
    ("els-10", "en",
     ("Your scan shows hazy areas in both lungs that look like frosted glass (doctors call this ground-glass). "
      "This can be caused by infection, such as a virus, or by inflammation. There is also an area in the "
      "lower left lung where the air spaces are filled in with fluid or infection (consolidation), which fits "
      "with pneumonia. No fluid around the lungs."),
     {OPA, CON}),
    ("els-11", "en",
     ("You have a pacemaker, and its wires are in the right place in your heart. There is calcium build-up in "
      "the walls of your main blood vessel (the aorta). Your heart is not enlarged. Nothing else of concern."),
     {MM, AWC}),
    ("els-12", "en",
     ("Findings in plain words: The walls of your airways are a little thicker than usual. This is often seen "
      "in people with asthma or chronic bronchitis. Some parts of your lungs look darker than others, in a "
      "patchy pattern, which can happen when air gets trapped in the small airways (mosaic pattern). "
      "There are no spots on your lungs."),
     {PBT, MOS}),
    ("els-13", "en",
     ("Your heart is a little enlarged and there is some fluid around both lungs. The thin walls between the "
      "small sections of your lungs are thickened because of extra fluid (septal thickening). Together these "
      "suggest that your heart is not pumping as well as it should and fluid is backing up into your lungs. "
      "Your doctor may adjust your water tablets."),
     {CM, PE, IST}),
    ("els-14", "en",
     ("There is a small amount of fluid in the sac around your heart. This is usually not serious, but your "
      "doctor will check on it. The heart itself is normal in size. There is no fluid around the lungs."),
     {PCE}),
    ("els-15", "en",
     ("Plain-language version: Your lungs look healthy. There are no spots, no fluid, and no swollen glands. "
      "Your heart and major blood vessels look normal. Nothing to worry about. "
      "Radiologist: No acute cardiopulmonary abnormality. No pulmonary nodules. No lymphadenopathy or "
      "effusion."),
     set()),
    ("els-16", "en",
     ("What we found: A growth in your left upper lung measuring about 5 centimetres. We also see swollen "
      "glands next to it. Your care team will contact you to talk about next steps, which will likely include "
      "a biopsy. There is no fluid around the lung. Technical lines: 5.2 cm spiculated left upper lobe mass "
      "with ipsilateral hilar adenopathy."),
     {LN}),
    ("els-17", "en",
     ("This scan was done to check the small spot we saw last year. Good news: the spot on your left lung is "
      "no longer there, which means it was probably a small patch of infection that has healed. "
      "There are no new spots. You do not need any more scans for this."),
     set()),
    ("els-18", "en",
     ("Your lungs show some scarring at the bottom of both lungs, in a net-like pattern (doctors call this "
      "reticulation). In some places the scarring has pulled the airways wider (traction bronchiectasis). "
      "This is a type of lung fibrosis, and your lung specialist will talk with you about what it means. "
      "There is no honeycombing."),
     {FIB, BRX}),
    ("els-19", "en",
     ("Your scan was done because you have a cough. We looked carefully at your lungs and airways and did not "
      "find any signs of infection. The lining around your lungs looks normal. You mentioned that a blood "
      "pressure spot check last week was high; please follow up with your GP about this. "
      "Your heart rate and rhythm cannot be assessed on this type of scan."),
     set()),
    ("els-20", "en",
     ("You have a tube (drain) in the right side of your chest, and it is in a good position. The air that "
      "had leaked around your lung (pneumothorax) has gone. There is still a small amount of fluid at the "
      "bottom of the right lung. Part of the right lower lung is a little squashed and not fully inflated "
      "next to the fluid."),
     {MM, PE, ATL}),
    ("els-21", "en",
     ("Your heart's arteries show hardening (calcium deposits). This means you have some coronary artery "
      "disease. Your doctor may want to check your cholesterol and blood pressure. There is also some calcium "
      "build-up in the aorta, the large artery in your chest. Your lungs are clear and there are no spots."),
     {CAC, AWC}),
    ("els-22", "en",
     ("There is a small patch of collapsed lung at the base of both lungs. This is very common and usually "
      "happens because people take shallow breaths while lying down for the scan. It is nothing to worry "
      "about. Radiologist's note: Mild bibasilar dependent atelectasis."),
     {ATL}),
    ("els-23", "en",
     ("Patient summary: A few small spots on both lungs, all smaller than 4 mm. These are very likely "
      "harmless. Technical report: Multiple bilateral pulmonary micronodules, largest 3 mm in the right upper "
      "lobe. Mild centrilobular emphysema. Coronary artery calcification noted. No pleural or pericardial "
      "effusion."),
     {NOD, EMP, CAC}),
    ("els-24", "en",
     ("Your results in plain words: The airways in both lower lungs are widened and their walls are "
      "thickened. This is called bronchiectasis, and it can make you cough up mucus and get chest infections "
      "more often. There are also some small areas where mucus is blocking the tiny airways. "
      "No pneumonia was seen."),
     {BRX, PBT}),
    ("els-25", "en",
     ("You have had heart surgery in the past, and we can see the wires that were used to close your "
      "breastbone. These are normal after surgery. There are also small metal clips from your bypass "
      "operation. Your heart is normal in size. There is no fluid around your heart or lungs."),
     {MM}),
    ("els-26", "en",
     ("There are a few small glands in the middle of your chest, up to 8 mm, which do not reach a size that "
      "we consider abnormal. This is a common finding. Your lungs are clear and there is no fluid."),
     {LN}),
    ("els-27", "en",
     ("Your heart is of normal size. There is no fluid around the heart. Your heart rate was slow during the "
      "scan, which helped us get clear pictures. The blood vessels of the heart have no calcium build-up: "
      "your calcium score is zero, which is excellent news."),
     set()),
    ("els-28", "en",
     ("There is a patch of pneumonia in your right lower lung. The air sacs in that area are filled with fluid "
      "and pus, which is why it looks solid white on the scan. There is a small amount of fluid around the "
      "right lung as well. What this means for you: your doctor will give you antibiotics, and we suggest a "
      "follow-up scan in 6 to 8 weeks to make sure it clears."),
     {CON, PE}),
    ("els-29", "en",
     ("Portal summary: The hernia in your diaphragm that we saw before has been repaired and is no longer "
      "there. Your lungs look normal. There is no sign of scarring."),
     set()),
    ("els-30", "en",
     ("What we found: the bottom of your lungs shows some faint hazy shadows in the parts that are lowest when "
      "you lie on your back. This is very common and is caused by gravity. It is not a sign of disease. "
      "Technical: Dependent ground-glass densities in the posterior lung bases, likely gravitational."),
     {OPA}),
    ("els-31", "en",
     ("Your lungs show signs of long-term damage from smoking. The air sacs at the top of your lungs are "
      "enlarged and have broken down. There are also some larger air pockets (bullae) near the surface of the "
      "right lung. The walls of your airways are slightly thickened, which fits with smoker's bronchitis."),
     {EMP, PBT}),
    ("els-32", "en",
     ("There is a line of scar tissue in the left lower lung, which is a sign of an old, healed injury or "
      "infection. This does not need any treatment. There is no collapsed lung. "
      "Technical: Linear fibrotic band left lower lobe. No atelectasis."),
     {FIB}),
    ("els-33", "en",
     ("Your CT scan is normal for your age. You may notice the report mentions 'degenerative changes in the "
      "spine' - this is normal wear and tear of the bones and does not affect your lungs. There are no spots "
      "on your lungs and no fluid. No swollen glands. Nothing to worry about."),
     set()),
    ("els-34", "en",
     ("A small spot was seen on your right lung that we cannot fully explain. It could be a small area of "
      "infection or a small growth. The spot measures 9 mm, and we recommend a repeat scan in 3 months. "
      "Technical: 9 mm part-solid nodule in the right upper lobe; a small neoplasm cannot be excluded."),
     {NOD}),
    ("els-35", "en",
     ("The glands in your chest that were swollen on your last scan are now normal in size. The fluid around "
      "your left lung has also gone. What this means for you: the treatment appears to be working well. "
      "There is still a small scar in the lung where the lump used to be."),
     {FIB}),
    ("els-36", "en",
     ("You have a small tube (port) under the skin of your right chest for your chemotherapy. Its tip is in "
      "the correct place in a large vein. The 1.5 cm lump in your left lung is a little smaller than on the "
      "last scan. Some glands next to your windpipe are still swollen."),
     {MM, NOD, LN}),
    ("els-37", "en",
     ("Your heart appears enlarged. The sac around your heart contains a small amount of fluid. Your doctor "
      "may order an ultrasound of your heart (echocardiogram) to look at this more closely. "
      "Technical lines: Cardiomegaly. Small pericardial effusion. Lungs clear."),
     {CM, PCE}),
    ("els-38", "en",
     ("Your scan was done to look for a blood clot in your lungs. We did not see any clots. Your lungs have no "
      "pneumonia, no fluid, and no collapse. Please remember to drink plenty of fluids today to help flush "
      "the contrast dye from your body. The small needle mark on your arm may bruise."),
     set()),
    ("els-39", "en",
     ("Some parts of your lungs look patchy, with some areas darker and others lighter. This pattern is called "
      "mosaic attenuation and can be caused by small airway disease or by problems with blood flow in the "
      "lungs. When you breathed out during the scan, some air stayed trapped in these areas. "
      "There is no scarring."),
     {MOS}),
    ("els-40", "en",
     ("Hardening of the heart arteries: we saw calcium in the arteries supplying your heart. There is also "
      "calcium in the arteries of your neck and in the main artery leaving your heart. Your lungs show mild "
      "damage from smoking (emphysema). A small part of your stomach sits above the diaphragm (small hiatal "
      "hernia). There is no fluid around your lungs or heart."),
     {CAC, AWC, EMP, HH}),
    ("els-41", "en",
     ("Your lungs show some thickening of the lines that separate small sections of the lung at the bottom of "
      "both lungs. Together with some hazy areas, this could be caused by fluid in the lungs or by "
      "inflammation. Your heart size is normal. There is no fluid around the lungs. "
      "Technical: Bibasal interlobular septal thickening with ground-glass opacity; no effusion."),
     {IST, OPA}),
    ("els-42", "en",
     ("Good news: your lungs look the same as last year. The small scar at the top of your left lung has not "
      "changed and is from an old infection such as TB. The rest of your lungs are clear. "
      "These findings are harmless."),
     {FIB}),
    ("els-43", "en",
     ("Your results: There is a large amount of fluid around your right lung. This fluid is pressing on the "
      "lung, and the lower part of the lung has collapsed. We will drain the fluid to help your breathing. "
      "Your heart is a normal size."),
     {PE, ATL}),
    ("els-44", "en",
     ("What this means for you: The breathing tube and feeding tube are in good positions. There are patches "
      "of white in both lungs that could be infection or fluid. There is fluid on both sides of the chest. "
      "The heart is normal in size."),
     {MM, OPA, PE}),
    ("els-45", "en",
     ("Plain language: You have a few small, harmless-looking lung spots that we saw before, and they have not "
      "grown over two years. This means they are very likely benign, and you do not need further scans. "
      "There is also mild hardening of the heart arteries."),
     {NOD, CAC}),
    ("els-46", "en",
     ("Your heart looks normal and there is no fluid around it. There is no fluid around your lungs. Your "
      "airways are normal and are not widened or thickened. No swollen glands. The main artery in your chest "
      "is normal in size with no calcium. Your stomach is in its normal place below the diaphragm."),
     set()),
    ("els-47", "en",
     ("Summary: There is a small area at the bottom of the right lung that may be partly collapsed, or it "
      "could be a small area of infection. It is hard to tell which on this scan. "
      "Technical: Right lower lobe subsegmental opacity, atelectasis versus early pneumonia."),
     {OPA, ATL}),
    ("els-48", "en",
     ("Some of the tiny air sacs at the edges of your lungs have a honeycomb look, and there is scarring in "
      "the lower parts of both lungs. This is a sign of pulmonary fibrosis. Your lung doctor will discuss "
      "treatment options. There are a few slightly enlarged glands in the middle of your chest, measuring up "
      "to 12 mm, which are common with this condition."),
     {FIB, LN}),
    ("els-49", "en",
     ("What this means for you: Your scan shows no cancer. There is mild emphysema. "
      "Radiologist's technical lines: Mild paraseptal emphysema in the upper lobes. No suspicious pulmonary "
      "nodule or mass. Atherosclerotic calcification of the thoracic aorta. No hiatal hernia. "
      "No mediastinal or hilar lymphadenopathy."),
     {EMP, AWC}),
    ("els-50", "en",
     ("Your heart is a little enlarged, which can be due to high blood pressure. We did not see any fluid "
      "around your heart. There is some calcium in one of your heart valves (the aortic valve). "
      "Your heart rate was regular during the scan."),
     {CM}),
    ("els-51", "en",
     ("The stent that was placed in your heart artery is in place. There is calcium build-up in the other "
      "heart arteries. A small spot of 4 mm was seen on the left lung; it is so small that no follow-up is "
      "needed for someone with your risk level."),
     {MM, CAC, NOD}),
    ("els-52", "en",
     ("The airways are widened in the right middle lobe and the left lingula, probably from childhood "
      "infections. In these areas part of the lung has shrunk and collapsed a little. The rest of your lungs "
      "look healthy. No fluid."),
     {BRX, ATL}),
    ("els-53", "en",
     ("This scan looked at your chest wall after your fall. We did not see any broken ribs. Your lungs are "
      "fine. A fatty lump under the skin of your back (lipoma) is harmless. The 'spot' your doctor felt on "
      "your chest is a normal bit of cartilage."),
     set()),
    ("els-54", "en",
     ("We could not completely rule out a small amount of fluid at the bottom of the left lung. There may also "
      "be a small spot in the right lower lung, but it could be a blood vessel seen end-on. "
      "A repeat scan in 6 months is suggested."),
     {PE, NOD}),
    ("els-55", "en",
     ("Previously part of your left lung had collapsed; it has now fully re-expanded. The tube that was in "
      "your chest has been removed. There is no fluid around the lung. "
      "Technical: Resolved left lower lobe atelectasis. Interval removal of left chest tube. No effusion."),
     set()),
]

OPEN: dict[tuple[str, str], str] = {
    ("els-24", PBT): "'The airways ... are widened and their walls are thickened': the walls are the airways' only through the pronoun",
    ("els-28", CON): "'looks solid white on the scan' and 'air sacs filled with fluid and pus': plain words for consolidation that name no finding word",
    ("els-44", OPA): "'patches of white in both lungs that could be infection or fluid': the sentence names fluid, which explains a density away",
    ("els-47", OPA): "'a small area ... that may be partly collapsed, or it could be a small area of infection': an area of infection names no opacity word",
    ("els-55", ATL): "'Previously part of your left lung had collapsed; it has now fully re-expanded': the re-expansion is said of 'it', in the next clause",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
