# Sample machines (scenarios): which part is written wrongly, after check-scenario-invalid's "written wrongly:".

check-scenario-entry = the entry “{ $entry }” is not in the expected form.
