"""The review page of `accord serve` in a real browser (issue 15): headless Chromium driven by
Selenium against a real `accord-serve` on 127.0.0.1, with the bundled rules.

Each test submits proposals as an advisor would (pasted into the form, or chosen as files) and
reads the page the server rendered. Screenshots of every result page are kept as test artifacts
in $ACCORD_BROWSER_ARTIFACTS (default .build/browser-artifacts), never committed. Run through
./test.sh, or alone: python3 -m unittest discover -s Tests/Browser -v
"""

import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import time
import unittest

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException, StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "Examples"
ARTIFACTS = pathlib.Path(os.environ.get("ACCORD_BROWSER_ARTIFACTS", ROOT / ".build" / "browser-artifacts"))
# axe-core's rules for WCAG 2.1 A and AA (the bar), plus its best practices.
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}}


def serve_binary():
    """The accord-serve that `swift build` (or `swift test`) built for this checkout."""
    given = os.environ.get("ACCORD_SERVE")
    if given:
        return given
    bin_path = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, check=True,
                              capture_output=True, text=True).stdout.strip()
    return str(pathlib.Path(bin_path) / "accord-serve")


class Server:
    """A real accord-serve on a free port of 127.0.0.1, with the bundled rules."""

    def __init__(self):
        self.process = subprocess.Popen(
            [serve_binary(), "--rules", str(ROOT / "Rules"), "--host", "127.0.0.1", "--port", "0", "--log-level", "warning"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.process.stdout.readline()
        match = re.search(r"listening on (http://127\.0\.0\.1:\d+)", line)
        if not match:
            self.process.kill()
            raise RuntimeError("accord-serve did not start: %r %s" % (line, self.process.stderr.read()))
        self.url = match.group(1)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)


def chromium(javascript=True, width=1280, height=900):
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=%d,%d" % (width, height)]:
        options.add_argument(argument)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    service = webdriver.ChromeService(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(30)
    return driver


class ReviewPageTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        cls.server = Server()
        cls.driver = chromium()
        cls.scratch = tempfile.TemporaryDirectory()

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        cls.server.stop()
        cls.scratch.cleanup()

    # Helpers

    def open_form(self, driver=None):
        driver = driver or self.driver
        driver.get(self.server.url + "/")
        return driver

    def paste(self, text, driver=None):
        """Types the proposal into the form, as a paste would put it there, and checks it."""
        driver = self.open_form(driver)
        area = driver.find_element(By.ID, "proposal")
        area.clear()
        area.send_keys(text)
        return self.submit(driver)

    def choose(self, *paths):
        """Chooses files in the form's file input and checks them."""
        driver = self.open_form()
        driver.find_element(By.ID, "files").send_keys("\n".join(str(path) for path in paths))
        return self.submit(driver)

    @staticmethod
    def is_gone(element):
        """Whether the old page's element left the document. Selenium's `staleness_of` knows only
        StaleElementReferenceException; ChromeDriver, asked while the new page replaces the old,
        may instead answer "Node with given id does not belong to the document", which says the
        same thing."""
        try:
            element.is_enabled()
            return False
        except StaleElementReferenceException:
            return True
        except WebDriverException as error:
            if "does not belong to the document" in str(error):
                return True
            raise

    @staticmethod
    def submit(driver, key=None):
        """Sends the form (with its button, or a key in the text area) and waits for the answer."""
        old = driver.find_element(By.TAG_NAME, "html")
        if key:
            driver.find_element(By.ID, "proposal").send_keys(*key)
        else:
            driver.find_element(By.CSS_SELECTOR, "form.check button[type=submit]").click()
        WebDriverWait(driver, 30).until(lambda _: ReviewPageTests.is_gone(old))
        WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "p.verdict, .error-page"))
        return driver

    def verdict(self, driver=None):
        return (driver or self.driver).find_element(By.CSS_SELECTOR, "p.verdict").text

    def screenshot(self, name, driver=None):
        """The whole page as a PNG artifact."""
        driver = driver or self.driver
        width = driver.get_window_size()["width"]
        height = min(driver.execute_script("return document.documentElement.scrollHeight") if self.has_script(driver) else 2400, 9000)
        driver.set_window_size(width, max(height, 600))
        driver.save_screenshot(str(ARTIFACTS / ("%s.png" % name)))
        driver.set_window_size(width, 900)

    @staticmethod
    def has_script(driver):
        try:
            return driver.execute_script("return true") is True
        except Exception:
            return False

    def write(self, name, text):
        path = pathlib.Path(self.scratch.name) / name
        path.write_text(text, encoding="utf-8")
        return path

    def axe_violations(self, driver=None):
        """axe-core's violations on the page now loaded, as (rule, help, first targets)."""
        axe = Axe(driver or self.driver, script_url=AXE_SCRIPT)
        axe.inject()
        results = axe.run(options=json.dumps(AXE_OPTIONS))
        self.assertTrue(results["passes"], "axe-core checked nothing")
        self.assertTrue(results["testEngine"]["version"].startswith("4."), results["testEngine"])
        return [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3]) for v in results["violations"]]

    # The four verdicts, by paste and by file

    def test_a_compliant_proposal_by_paste(self):
        self.paste((EXAMPLES / "01-isr-nansei-islands-compliant.yaml").read_text(encoding="utf-8"))
        self.assertEqual(self.verdict(), "Verdict: compliant")
        self.assertIn("No findings: every rule that applies is satisfied.", self.driver.page_source)
        self.assertEqual(self.driver.find_elements(By.CSS_SELECTOR, "ol.lines li.hit"), [])
        self.screenshot("compliant-paste")

    def test_a_non_compliant_proposal_by_file_marks_its_finding_at_the_line(self):
        driver = self.choose(EXAMPLES / "16-amphibious-exercise-palawan-consent-refused-noncompliant.yaml")
        self.assertEqual(self.verdict(), "Verdict: non-compliant")
        finding = driver.find_element(By.ID, "p1-f1")
        self.assertIn("Activity on foreign territory has the host nation's consent", finding.text)
        self.assertIn("international-law.host-nation-consent", finding.text)
        self.assertIn("Obtain the consent of the host nation", finding.text)
        # Under its premise, with the premise's whole passage.
        premise = finding.find_element(By.XPATH, "ancestor::section[@class='premise']")
        self.assertIn("relevant international agreements such as the Charter of the United Nations.", premise.text)
        # The decisive words are marked where they stand: line 21, from the finding's column.
        line = driver.find_element(By.ID, "p1-L21")
        self.assertIn("hit", line.get_attribute("class"))
        self.assertEqual(line.find_element(By.TAG_NAME, "mark").text, "false")
        # The README's picture of the page: the verdict and the first finding, in a small window.
        driver.set_window_size(1000, 1180)
        driver.execute_script("window.scrollTo(0, 0)")
        driver.save_screenshot(str(ARTIFACTS / "readme-review-page.png"))
        driver.set_window_size(1280, 900)
        # Linked both ways: the finding's place to its line, the line back to the finding.
        finding.find_element(By.CSS_SELECTOR, "a[href='#p1-L21']").click()
        self.assertTrue(driver.current_url.endswith("#p1-L21"))
        line.find_element(By.CSS_SELECTOR, "a.back[href='#p1-f1']").click()
        self.assertTrue(driver.current_url.endswith("#p1-f1"))
        self.screenshot("non-compliant-file")

    def test_an_undetermined_proposal_by_paste(self):
        self.paste((EXAMPLES / "13-neo-juba-host-consent-missing-undetermined.yaml").read_text(encoding="utf-8"))
        self.assertEqual(self.verdict(), "Verdict: undetermined")
        self.assertIn("undetermined", self.driver.find_element(By.ID, "p1-f1").text.lower())
        self.assertTrue(self.driver.find_elements(By.CSS_SELECTOR, "ol.lines li.hit"))
        self.screenshot("undetermined-paste")

    def test_an_invalid_proposal_by_file_shows_its_errors_at_their_lines(self):
        driver = self.choose(EXAMPLES / "19-invalid-consent-written-as-no.yaml")
        self.assertEqual(self.verdict(), "Verdict: invalid")
        self.assertIn("which YAML 1.2 reads as text, not as a boolean", driver.page_source)
        marked = driver.find_elements(By.CSS_SELECTOR, "ol.lines li.hit")
        self.assertTrue(marked)
        self.assertIn("host_nation_consent: no", marked[0].text)
        self.screenshot("invalid-file")

    def test_several_files_at_once(self):
        self.choose(EXAMPLES / "01-isr-nansei-islands-compliant.yaml", EXAMPLES / "13-neo-juba-host-consent-missing-undetermined.yaml")
        self.assertEqual(self.verdict(), "2 proposals: 1 compliant, 1 undetermined")
        self.screenshot("two-files")

    def test_unreadable_yaml_is_shown_at_its_line(self):
        self.paste("proposal: 1\nid: [unclosed\n")
        self.assertEqual(self.verdict(), "Verdict: invalid")
        self.assertTrue(self.driver.find_elements(By.CSS_SELECTOR, "ol.lines li.hit"))

    # Security

    def test_markup_in_a_proposal_is_shown_as_text_and_runs_nothing(self):
        text = (EXAMPLES / "01-isr-nansei-islands-compliant.yaml").read_text(encoding="utf-8")
        text = text.replace("title: Bilateral ISR of maritime activity around the Nansei Islands",
                            "title: '<script>window.pwned = 1; alert(1)</script> \"><img src=x onerror=\"window.pwned = 2\"> ISR'")
        text = text.replace("  JMSDF P-3C aircraft", "  <script>window.pwned = 3</script> \"><img src=x onerror=window.pwned=4> JMSDF P-3C aircraft")
        for submit in (lambda: self.paste(text), lambda: self.choose(self.write("xss.yaml", text))):
            driver = submit()
            self.assertEqual(self.verdict(driver), "Verdict: compliant")
            with self.assertRaises(NoAlertPresentException):
                driver.switch_to.alert.text
            self.assertIsNone(driver.execute_script("return window.pwned"))
            self.assertEqual(driver.find_elements(By.CSS_SELECTOR, "main img"), [])
            self.assertEqual(len(driver.find_elements(By.TAG_NAME, "script")), 1)  # the page's own, /assets/page.js
            heading = driver.find_element(By.CSS_SELECTOR, "article.proposal h2").text
            self.assertIn("<script>window.pwned = 1; alert(1)</script>", heading)
            self.assertIn('"><img src=x onerror="window.pwned = 2">', heading)
            self.assertIn("<script>window.pwned = 3</script>", driver.find_element(By.CSS_SELECTOR, "figure.source").text)
        self.screenshot("markup-as-text")

    # Without script, with the keyboard, at 360 px, on paper

    def test_the_page_works_with_javascript_turned_off(self):
        driver = chromium(javascript=False)
        try:
            # Script is really off: Ctrl+Enter, which page.js handles, does nothing.
            self.open_form(driver).find_element(By.ID, "proposal").send_keys("proposal: 1", Keys.CONTROL, Keys.ENTER)
            time.sleep(1)
            self.assertEqual(driver.find_elements(By.CSS_SELECTOR, "p.verdict"), [])
            self.paste((EXAMPLES / "16-amphibious-exercise-palawan-consent-refused-noncompliant.yaml").read_text(encoding="utf-8"), driver)
            self.assertEqual(self.verdict(driver), "Verdict: non-compliant")
            self.assertIn("hit", driver.find_element(By.ID, "p1-L21").get_attribute("class"))
            driver.find_element(By.CSS_SELECTOR, "a[href='#p1-L21']").click()
            self.assertTrue(driver.current_url.endswith("#p1-L21"))
            self.screenshot("no-javascript", driver)
        finally:
            driver.quit()

    def test_the_keyboard_reaches_the_form_and_ctrl_enter_checks(self):
        driver = self.open_form()
        ActionChains(driver).send_keys(Keys.TAB).perform()
        self.assertEqual(driver.switch_to.active_element.get_attribute("class"), "skip")
        reached = []
        for _ in range(6):
            ActionChains(driver).send_keys(Keys.TAB).perform()
            element = driver.switch_to.active_element
            reached.append(element.get_attribute("id") or element.tag_name)
        self.assertIn("proposal", reached, reached)
        self.assertIn("files", reached)
        area = driver.find_element(By.ID, "proposal")
        area.send_keys((EXAMPLES / "01-isr-nansei-islands-compliant.yaml").read_text(encoding="utf-8"))
        self.submit(driver, key=(Keys.CONTROL, Keys.ENTER))
        self.assertEqual(self.verdict(), "Verdict: compliant")

    def test_the_result_reads_at_360_px_and_prints_without_the_form(self):
        driver = chromium(width=360, height=800)
        try:
            self.paste((EXAMPLES / "16-amphibious-exercise-palawan-consent-refused-noncompliant.yaml").read_text(encoding="utf-8"), driver)
            overflow = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            self.assertLessEqual(overflow, 0, "the page scrolls sideways at 360 px")
            self.screenshot("narrow-360", driver)
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
            self.assertFalse(driver.find_element(By.CSS_SELECTOR, "form.check").is_displayed())
            self.assertTrue(driver.find_element(By.CSS_SELECTOR, "p.verdict").is_displayed())
            self.assertTrue(driver.find_element(By.ID, "p1-f1").is_displayed())
            pdf = driver.print_page()
            (ARTIFACTS / "non-compliant-print.pdf").write_bytes(__import__("base64").b64decode(pdf))
        finally:
            driver.quit()

    # Accessibility (axe-core, WCAG 2.1 A and AA)

    def test_axe_finds_no_violations(self):
        pages = [
            ("form", lambda: self.open_form()),
            ("non-compliant", lambda: self.paste((EXAMPLES / "16-amphibious-exercise-palawan-consent-refused-noncompliant.yaml").read_text(encoding="utf-8"))),
            ("invalid", lambda: self.choose(EXAMPLES / "19-invalid-consent-written-as-no.yaml")),
            ("two-files", lambda: self.choose(EXAMPLES / "01-isr-nansei-islands-compliant.yaml", EXAMPLES / "13-neo-juba-host-consent-missing-undetermined.yaml")),
            ("premises", lambda: self.driver.get(self.server.url + "/premises")),
        ]
        for name, load in pages:
            with self.subTest(page=name):
                load()
                self.assertEqual(self.axe_violations(), [], name)

    def test_the_premises_page(self):
        self.driver.get(self.server.url + "/premises")
        text = self.driver.find_element(By.TAG_NAME, "main").text
        self.assertIn("will remain unchanged.", text)
        self.assertIn("international-law.host-nation-consent", text)
        self.screenshot("premises")


from axe_selenium_python import Axe  # noqa: E402

# axe-selenium-python drives axe-core, but bundles axe-core 3.1 (2018), which knows no WCAG 2.1 A
# rules; axe-playwright-python ships axe-core 4.x as a plain script (installed with --no-deps, no
# Playwright), which the same driver injects.
import axe_playwright_python  # noqa: E402

AXE_SCRIPT = os.path.join(os.path.dirname(axe_playwright_python.__file__), "axe.min.js")

if __name__ == "__main__":
    unittest.main(verbosity=2)
