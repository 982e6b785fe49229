# precis_write_if_changed(PATH CONTENT): writes CONTENT to PATH only when it
# differs from what PATH holds, so that a regenerated source whose content
# did not change rebuilds nothing.  For the generators run with cmake -P.
function(precis_write_if_changed path content)
	if(EXISTS "${path}")
		file(READ "${path}" old)
		if(old STREQUAL content)
			return()
		endif()
	endif()
	file(WRITE "${path}" "${content}")
endfunction()
