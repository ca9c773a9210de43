# Changing passwords: the rule's requirements, one at a time.

rule-length = At least { $min } characters
rule-upper = An upper-case letter (A–Z)
rule-lower = A lower-case letter (a–z)
rule-digit = A digit (0–9)
rule-special = A special character, such as { $sample }
rule-missing-length = shorter than { $min } characters
rule-missing-upper = no upper-case letter
rule-missing-lower = no lower-case letter
rule-missing-digit = no digit
rule-missing-special = no special character
